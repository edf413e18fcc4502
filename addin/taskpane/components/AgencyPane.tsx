// The agency's pane: what the open workbook is decides the screen. A template: its body, period and plan, and
// Validate. A master: a pointer to the Merge tab. Anything else: New report.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Language } from "../../../schema";
import type { WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { Translate } from "../texts";
import { NewReportPanel } from "./NewReportPanel";
import { TemplatePanel } from "./TemplatePanel";
import { useEngine } from "./useEngine";

export interface AgencyPaneProps {
  host: PaneHost;
  lang: Language;
  t: Translate;
  onOpenMerge: () => void;
}

export function AgencyPane({ host, lang, t, onOpenMerge }: AgencyPaneProps) {
  const { engine, failure: engineFailure } = useEngine();
  const [kind, setKind] = useState<WorkbookKind | null>(null);
  const [lookFailure, setFailure] = useState<string | null>(null);
  const failure = engineFailure ?? lookFailure;
  // What New report did, kept across the switch to the template's screen it causes.
  const [writtenHere, setWrittenHere] = useState(false);

  const look = useCallback(async () => {
    if (!engine) return;
    try {
      setKind(engine.describeWorkbook(await host.port.readGrid(), lang));
      setFailure(null);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }, [engine, host, lang]);

  useEffect(() => {
    void look();
  }, [look]);

  if (failure)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("failed", { reason: failure })}</MessageBarBody>
      </MessageBar>
    );
  if (!engine || !kind) return <Spinner size="small" label={t("loading")} />;
  if (kind.kind === "template")
    return (
      <>
        {writtenHere && (
          <MessageBar intent="warning" layout="multiline" data-testid="notice">
            <MessageBarBody>{t("createdHere")}</MessageBarBody>
          </MessageBar>
        )}
        <TemplatePanel host={host} engine={engine} info={kind} lang={lang} t={t} />
      </>
    );
  if (kind.kind === "master")
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t("isMaster")}{" "}
          <Button size="small" appearance="primary" onClick={onOpenMerge}>
            {t("openMerge")}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <NewReportPanel
      host={host}
      engine={engine}
      lang={lang}
      t={t}
      onWritten={() => {
        setWrittenHere(true);
        void look();
      }}
    />
  );
}
