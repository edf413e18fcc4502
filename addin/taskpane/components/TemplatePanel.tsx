// A Tendik template is open: which body and period it is for; Validate lists every issue by severity, each
// naming its measure and a button to its cell; the cells are marked in the sheet (marks replaced on each run, so
// fixed cells lose theirs) and cleared on request. After a check the verdict is scrolled into view and takes the
// focus; a polite live region says the verdict and the counts alone, not the whole list.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Issue, Language, Plan } from "../../../schema";
import { periodWords } from "../../../schema/i18n/periods";
import { bodyShortName, planText } from "../../../schema/planText";
import type { GridValidation, WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { Translate } from "../texts";
import { ErrorDetails } from "./ErrorDetails";
import { IssueList } from "./IssueList";
import type { Engine } from "./useEngine";
import { Verdict, verdictWords } from "./Verdict";
import { srOnlyStyle } from "./theme";

export interface TemplatePanelProps {
  host: PaneHost;
  engine: Engine;
  /** The plan in use, the one the workbook is validated against. */
  plan: Plan;
  info: Extract<WorkbookKind, { kind: "template" }>;
  lang: Language;
  t: Translate;
  /** Said above the facts: why the template is in this workbook (New report wrote it here). */
  notice?: string | null;
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
  value: { margin: 0, overflowWrap: "anywhere", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  verdict: { scrollMarginTop: tokens.spacingVerticalM },
  srOnly: srOnlyStyle,
});

export function TemplatePanel({ host, engine, plan, info, lang, t, notice }: TemplatePanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<GridValidation | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [marked, setMarked] = useState(false);
  // How many checks have finished: lets a test (or a screen reader user) tell a new result from the last one.
  const [runs, setRuns] = useState(0);
  const validated = useRef(false);
  const verdict = useRef<HTMLDivElement>(null);
  // Set by a check the user asked for: the verdict then comes into view and takes the focus.
  const bringVerdict = useRef(false);

  const validate = useCallback(
    async (asked = false) => {
      setBusy(true);
      setNote(null);
      setFailure(null);
      bringVerdict.current = asked;
      try {
        const checked = engine.validateGrid(await host.port.readGrid(), plan);
        setResult(checked);
        validated.current = true;
        if (host.features.marks) {
          await host.port.markIssues(engine.marksOf(checked.issues, lang));
          setMarked(checked.issues.length > 0);
        }
      } catch (e) {
        setFailure(e ?? new Error("unknown"));
      } finally {
        setBusy(false);
        setRuns((n) => n + 1);
      }
    },
    [engine, host, plan, lang],
  );

  useEffect(() => {
    if (!bringVerdict.current || !verdict.current) return;
    bringVerdict.current = false;
    verdict.current.scrollIntoView({ block: "start" });
    verdict.current.focus({ preventScroll: true });
  }, [runs]);

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
    try {
      await host.port.clearMarks();
      setMarked(false);
      setNote(t("marksCleared"));
    } catch (e) {
      setFailure(e ?? new Error("unknown"));
    }
  };
  const select = (issue: Issue) => void host.port.selectCell(issue.location.sheet!, issue.location.cell!);
  const help = info.instructionsSheet;
  const heard = result ? verdictWords({ errors: result.errors, warnings: result.warnings, t }) : null;

  return (
    <>
      {notice && (
        <MessageBar intent="warning" layout="multiline" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
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
        </dl>
      </section>
      {info.identityIssues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{info.identityIssues.map((i) => engine.renderIssue(i, lang)).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {!result && info.reportSheet && (
        <Text data-testid="fill-hint">{t("fillHint", { sheet: info.reportSheet, validate: t("validate") })}</Text>
      )}
      <div className={styles.actions}>
        {/* Focusable while busy: Enter on it must not drop the focus to the page. */}
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => void validate(true)}
          data-testid="validate"
        >
          {busy ? t("validating") : t("validate")}
        </Button>
        {host.features.marks && (
          <Button disabled={busy || !marked} onClick={() => void clear()} data-testid="clear-marks">
            {t("clearMarks")}
          </Button>
        )}
        {help && (
          <Button appearance="subtle" onClick={() => void host.port.selectCell(help, "A1")} data-testid="help">
            {t("help")}
          </Button>
        )}
      </div>
      {/* What a screen reader hears after a check: the verdict and the counts, not the list. */}
      <div aria-live="polite" className={styles.srOnly} data-testid="announce">
        {heard ? t("verdictHeard", heard) : ""}
      </div>
      <section className={styles.results} data-testid="results" data-runs={runs}>
        {note && <Text>{note}</Text>}
        {failure !== null && <ErrorDetails what={t("validateFailed")} error={failure} t={t} />}
        {result && (
          <>
            <div className={styles.verdict}>
              <Verdict ref={verdict} errors={result.errors} warnings={result.warnings} t={t} next={t("readyNext")} />
            </div>
            {result.issues.length > 0 && (
              <Text size={200}>
                {t("clickHint")} {host.features.marks ? t("marksNote") : t("noMarks")}
              </Text>
            )}
            <IssueList
              key={runs}
              issues={result.issues}
              render={(i) => engine.renderIssue(i, lang)}
              t={t}
              onSelect={select}
              subject={(i) => result.subjects.get(i)}
              group={{ title: (code) => engine.issueTitle(code, lang) }}
            />
          </>
        )}
      </section>
    </>
  );
}
