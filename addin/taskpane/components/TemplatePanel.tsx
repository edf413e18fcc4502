// A Tendik template is open: which body, period and plan it is for; Validate lists every issue by severity,
// each a button to its cell; the cells are marked in the sheet (marks replaced on each run, so fixed cells lose
// theirs) and cleared on request; the verdict says whether the report is ready to send and what comes next.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Issue, Language, Plan } from "../../../schema";
import { periodWords } from "../../../schema/i18n/periods";
import { bodyShortName, planText } from "../../../schema/planText";
import type { GridValidation, WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { Translate } from "../texts";
import { IssueList } from "./IssueList";
import type { Engine } from "./useEngine";
import { Verdict } from "./Verdict";

export interface TemplatePanelProps {
  host: PaneHost;
  engine: Engine;
  /** The plan in use, the one the workbook is validated against. */
  plan: Plan;
  info: Extract<WorkbookKind, { kind: "template" }>;
  lang: Language;
  t: Translate;
}

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function TemplatePanel({ host, engine, plan, info, lang, t }: TemplatePanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<GridValidation | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [marked, setMarked] = useState(false);
  // How many checks have finished: lets a test (or a screen reader user) tell a new result from the last one.
  const [runs, setRuns] = useState(0);
  const validated = useRef(false);

  const validate = useCallback(async () => {
    setBusy(true);
    setNote(null);
    try {
      const checked = engine.validateGrid(await host.port.readGrid(), plan);
      setResult(checked);
      validated.current = true;
      if (host.features.marks) {
        await host.port.markIssues(engine.marksOf(checked.issues, lang));
        setMarked(checked.issues.length > 0);
      }
    } catch (e) {
      setNote(t("failed", { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
      setRuns((n) => n + 1);
    }
  }, [engine, host, plan, lang, t]);

  // Another plan is another check. Another language is not: the issues are data, worded on each render; only the
  // marks' comments in the sheet are written again in the new words (a write, nothing is read).
  useEffect(() => {
    if (validated.current) void validate();
  }, [plan]);
  const shownIn = useRef(lang);
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    if (result && host.features.marks && marked) void host.port.markIssues(engine.marksOf(result.issues, lang));
  }, [lang]);

  const clear = async () => {
    await host.port.clearMarks();
    setMarked(false);
    setNote(t("marksCleared"));
  };
  const select = (issue: Issue) => void host.port.selectCell(issue.location.sheet!, issue.location.cell!);

  return (
    <>
      <section aria-label={t("templateFor")}>
        <Text as="h2" size={400} weight="semibold">
          {t("templateFor")}
        </Text>
        <dl className={styles.facts} data-testid="template-facts">
          <dt className={styles.term}>{t("body")}</dt>
          <dd className={styles.value}>
            {info.agencyName
              ? `${planText(info.agencyName, lang)} (${bodyShortName(plan, info.agency, lang)})`
              : info.agency}
          </dd>
          <dt className={styles.term}>{t("period")}</dt>
          <dd className={styles.value}>{periodWords(info.period, lang)}</dd>
          <dt className={styles.term}>{t("plan")}</dt>
          <dd className={styles.value} data-testid="template-plan">
            {info.planTitle ? planText(info.planTitle, lang) : t("otherPlanTitle")}
          </dd>
        </dl>
      </section>
      {info.identityIssues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{info.identityIssues.map((i) => engine.renderIssue(i, lang)).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void validate()} data-testid="validate">
          {busy ? t("validating") : t("validate")}
        </Button>
        {host.features.marks && (
          <Button disabled={busy || !marked} onClick={() => void clear()} data-testid="clear-marks">
            {t("clearMarks")}
          </Button>
        )}
      </div>
      <section className={styles.results} aria-live="polite" data-testid="results" data-runs={runs}>
        {note && <Text>{note}</Text>}
        {result && (
          <>
            <Verdict errors={result.errors} warnings={result.warnings} t={t} next={t("readyNext")} />
            {result.issues.length > 0 && (
              <Text size={200}>
                {t("clickHint")} {host.features.marks ? t("marksNote") : t("noMarks")}
              </Text>
            )}
            <IssueList issues={result.issues} render={(i) => engine.renderIssue(i, lang)} t={t} onSelect={select} />
          </>
        )}
      </section>
    </>
  );
}
