// The agency's pane: what the open workbook is (looked at by the App, which also decides the tabs) decides the
// screen. A template: its body and period, and Validate. A master: a pointer to the coordinator's view. Anything
// else: New report. All of it for the plan in use; a workbook made for another plan says so, and what to do.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Language } from "../../../schema";
import type { WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { PlanInUse } from "../plan/planStore";
import type { Translate } from "../texts";
import { ErrorDetails } from "./ErrorDetails";
import { OtherPlanNotice } from "./OtherPlanNotice";
import type { Engine } from "./useEngine";

// The two screens load beside the engine chunk (they cannot show before it anyway), which keeps the searchable
// picker, the issue list and their Fluent parts out of what the pane loads before it first paints.
let newReport: Promise<typeof import("./NewReportPanel")> | undefined;
let template: Promise<typeof import("./TemplatePanel")> | undefined;
const loadNewReport = () => (newReport ??= import(/* webpackChunkName: "clerk" */ "./NewReportPanel"));
const loadTemplate = () => (template ??= import(/* webpackChunkName: "clerk" */ "./TemplatePanel"));
const NewReportPanel = lazy(() => loadNewReport().then((m) => ({ default: m.NewReportPanel })));
const TemplatePanel = lazy(() => loadTemplate().then((m) => ({ default: m.TemplatePanel })));

export interface AgencyPaneProps {
  host: PaneHost;
  engine: Engine | null;
  /** What the open workbook is; null until looked at. */
  kind: WorkbookKind | null;
  /** Why the workbook could not be looked at, if it could not. */
  failure: unknown;
  /** The plan in use; null until the plan store has loaded. */
  inUse: PlanInUse | null;
  lang: Language;
  t: Translate;
  /** Look at the workbook again (New report wrote a template into it). */
  onChanged: () => void;
  /** Shown on a master: go to the coordinator's view. */
  onOpenMerge: () => void;
  onUseEmbedded: () => void;
}

export function AgencyPane(props: AgencyPaneProps) {
  const { host, engine, kind, failure, inUse, lang, t, onChanged, onOpenMerge, onUseEmbedded } = props;
  // What New report did, kept across the switch to the template's screen it causes.
  const [writtenHere, setWrittenHere] = useState(false);
  void loadNewReport();
  void loadTemplate();
  const spinner = <Spinner size="small" label={t("loading")} />;

  if (failure) return <ErrorDetails what={t("lookFailed")} error={failure} t={t} />;
  if (!engine || !kind || !inUse) return spinner;
  const otherPlan =
    kind.kind !== "other" && kind.otherPlan ? (
      <OtherPlanNotice other={kind.otherPlan} inUse={inUse} t={t} lang={lang} onUseEmbedded={onUseEmbedded} />
    ) : null;
  if (kind.kind === "template")
    return (
      <>
        {otherPlan}
        <Suspense fallback={spinner}>
          <TemplatePanel
            host={host}
            engine={engine}
            plan={inUse.plan}
            info={kind}
            lang={lang}
            t={t}
            notice={writtenHere ? t("createdHere") : null}
          />
        </Suspense>
      </>
    );
  if (kind.kind === "master")
    return (
      <>
        {otherPlan}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("isMaster")}{" "}
            <Button size="small" appearance="primary" onClick={onOpenMerge}>
              {t("openMerge")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      </>
    );
  return (
    <Suspense fallback={spinner}>
      <NewReportPanel
        // Another plan has other bodies and periods: the form starts afresh.
        key={inUse.hash}
        host={host}
        engine={engine}
        plan={inUse.plan}
        lang={lang}
        t={t}
        onWritten={() => {
          setWrittenHere(true);
          onChanged();
        }}
      />
    </Suspense>
  );
}
