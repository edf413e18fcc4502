// The agency's pane: what the open workbook is decides the screen. A template: its body, period and plan, and
// Validate. A master: a pointer to the Merge tab. Anything else: New report. All of it for the plan in use; a
// workbook made for another plan says so, and which plan's file to choose.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Language } from "../../../schema";
import type { WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { PlanInUse } from "../plan/planStore";
import type { Translate } from "../texts";
import { NewReportPanel } from "./NewReportPanel";
import { OtherPlanNotice } from "./OtherPlanNotice";
import { TemplatePanel } from "./TemplatePanel";
import { useEngine } from "./useEngine";

export interface AgencyPaneProps {
  host: PaneHost;
  /** The plan in use; null until the plan store has loaded. */
  inUse: PlanInUse | null;
  lang: Language;
  t: Translate;
  onOpenMerge: () => void;
  onUseEmbedded: () => void;
}

export function AgencyPane({ host, inUse, lang, t, onOpenMerge, onUseEmbedded }: AgencyPaneProps) {
  const { engine, failure: engineFailure } = useEngine();
  const [kind, setKind] = useState<WorkbookKind | null>(null);
  const [lookFailure, setFailure] = useState<string | null>(null);
  const failure = engineFailure ?? lookFailure;
  // What New report did, kept across the switch to the template's screen it causes.
  const [writtenHere, setWrittenHere] = useState(false);

  // Looked at again when the plan changes (a template of another plan may be this plan's now); not when the
  // language does: what the workbook is holds no words.
  const look = useCallback(async () => {
    if (!engine || !inUse) return;
    try {
      setKind(engine.describeWorkbook(await host.port.readGrid(), inUse));
      setFailure(null);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }, [engine, host, inUse]);

  useEffect(() => {
    void look();
  }, [look]);

  if (failure)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("failed", { reason: failure })}</MessageBarBody>
      </MessageBar>
    );
  if (!engine || !kind || !inUse) return <Spinner size="small" label={t("loading")} />;
  const otherPlan =
    kind.kind !== "other" && kind.otherPlan ? (
      <OtherPlanNotice other={kind.otherPlan} inUse={inUse} t={t} onUseEmbedded={onUseEmbedded} />
    ) : null;
  if (kind.kind === "template")
    return (
      <>
        {writtenHere && (
          <MessageBar intent="warning" layout="multiline" data-testid="notice">
            <MessageBarBody>{t("createdHere")}</MessageBarBody>
          </MessageBar>
        )}
        {otherPlan}
        <TemplatePanel host={host} engine={engine} plan={inUse.plan} info={kind} lang={lang} t={t} />
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
        void look();
      }}
    />
  );
}
