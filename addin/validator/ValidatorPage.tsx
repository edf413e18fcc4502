// The page a clerk opens from disk: choose or drop a filled template, see every issue at its cell, in their
// language. It states, and its Content Security Policy enforces, that the file never leaves the computer. The
// embedded plan unless a plan file is given beside the workbook (the same check and words as the pane; the page
// does not remember it: opened again, it checks against the embedded plan).
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ValidationTask } from "../../core";
import { renderIssue, type Language } from "../../schema";
import { FilePicker } from "../taskpane/components/FilePicker";
import { IssueList } from "../taskpane/components/IssueList";
import { LanguageSwitch } from "../taskpane/components/LanguageSwitch";
import { OtherPlanNotice } from "../taskpane/components/OtherPlanNotice";
import { PlanControl } from "../taskpane/components/PlanControl";
import { fluentTheme } from "../taskpane/components/theme";
import { usePlan } from "../taskpane/components/usePlan";
import { Verdict } from "../taskpane/components/Verdict";
import { rememberLanguage } from "../taskpane/language";
import * as planStore from "../taskpane/plan/planStore";
import { textsFor } from "../taskpane/texts";
import { downloadBytes } from "../taskpane/host";
import { ErrorDetails } from "../taskpane/components/ErrorDetails";
import { checkFile, type CheckedFile } from "./checkFile";
import { markedCopy, markedCopyName, preloadMarkedCopy } from "./markedCopy";

/** The page is one bundle: the plan store is at hand (the pane loads it with its engine chunk). */
const loadPlanStore = () => Promise.resolve(planStore);

export interface ValidatorPageProps {
  initialLang: Language;
  dark: boolean;
}

const useStyles = makeStyles({
  page: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "56rem",
    margin: "0 auto",
  },
  header: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center", gap: "8px" },
  title: { margin: 0 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

type State =
  | { kind: "idle" }
  | { kind: "checking"; name: string }
  | ({ kind: "done"; name: string } & CheckedFile)
  | { kind: "failed"; name: string; error: unknown };

type CopyState =
  { kind: "idle" } | { kind: "making" } | { kind: "made"; name: string } | { kind: "failed"; error: unknown };

export function ValidatorPage({ initialLang, dark }: ValidatorPageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLang);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [copy, setCopy] = useState<CopyState>({ kind: "idle" });
  const t = textsFor(lang);
  const planState = usePlan(loadPlanStore, false);
  const inUse = planState.inUse;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("validatorTitle");
  }, [lang, t]);

  // Checked again when the file or the plan changes; a change of language only words the issues again.
  useEffect(() => {
    if (!file || !inUse) return;
    let current = true;
    setState({ kind: "checking", name: file.name });
    setCopy({ kind: "idle" });
    checkFile(file.name, file.bytes, inUse.plan).then(
      (checked) => {
        if (!current) return;
        setState({ kind: "done", name: file.name, ...checked });
        // ExcelJS (for the marked copy) is evaluated while the clerk reads the result.
        if (checked.markable && checked.task.issues.length) void preloadMarkedCopy().catch(() => undefined);
      },
      (e: unknown) => current && setState({ kind: "failed", name: file.name, error: e }),
    );
    return () => {
      current = false;
    };
  }, [file, inUse]);

  const otherPlan = useMemo(
    () => (state.kind === "done" && inUse ? planStore.otherPlanInIssues(state.task.issues, inUse) : null),
    [state, inUse],
  );

  const makeCopy = async (name: string, issues: ValidationTask["issues"]) => {
    if (!file) return;
    setCopy({ kind: "making" });
    try {
      const fileName = markedCopyName(name);
      downloadBytes(
        fileName,
        await markedCopy(file.bytes, issues, lang),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      setCopy({ kind: "made", name: fileName });
    } catch (e) {
      setCopy({ kind: "failed", error: e });
    }
  };

  const onFiles = async ([picked]: File[]) => {
    setFile({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
  };

  return (
    <FluentProvider theme={fluentTheme(dark)} className={styles.page}>
      <main className={styles.main}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.title}>
            {t("validatorTitle")}
          </Title2>
          <LanguageSwitch
            lang={lang}
            t={t}
            onChange={(l) => {
              setLang(l);
              rememberLanguage(l);
            }}
          />
        </header>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="privacy">{t("privacy")}</MessageBarBody>
        </MessageBar>
        <PlanControl state={planState} lang={lang} t={t} />
        <FilePicker label={t("chooseFile")} dropText={t("orDrop")} onFiles={(f) => void onFiles(f)} />
        <section
          className={styles.results}
          aria-live="polite"
          aria-busy={state.kind === "checking"}
          data-testid="results"
        >
          {state.kind === "checking" && <Spinner size="small" label={t("checking", { file: state.name })} />}
          {state.kind === "failed" && <ErrorDetails sentence={t("checkFailed")} error={state.error} t={t} />}
          {state.kind === "done" && (
            <>
              <Text weight="semibold" data-testid="checked-file">
                {t("checked", { file: state.name })}
              </Text>
              {otherPlan && inUse && (
                <OtherPlanNotice other={otherPlan} inUse={inUse} t={t} onUseEmbedded={planState.chooseEmbedded} />
              )}
              <Verdict
                errors={state.task.stats.errors}
                warnings={state.task.stats.warnings}
                t={t}
                next={t("readyNext")}
              />
              <IssueList issues={state.task.issues} render={(i) => renderIssue(i, lang)} t={t} />
            </>
          )}
        </section>
        {state.kind === "done" && state.markable && state.task.issues.length > 0 && (
          <section className={styles.results} aria-labelledby="copy-heading" data-testid="marked-copy">
            <Text as="h2" size={400} weight="semibold" id="copy-heading" className={styles.title}>
              {t("returnTitle")}
            </Text>
            <Text>{t("returnHelp")}</Text>
            <Button
              appearance="primary"
              className={styles.button}
              disabled={copy.kind === "making"}
              onClick={() => void makeCopy(state.name, state.task.issues)}
              data-testid="download-copy"
            >
              {t("returnDownload")}
            </Button>
            <div aria-live="polite">
              {copy.kind === "making" && <Spinner size="tiny" label={t("returnMaking")} />}
              {copy.kind === "made" && (
                <MessageBar intent="success">
                  <MessageBarBody data-testid="copy-made">{t("returnMade", { file: copy.name })}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            {copy.kind === "failed" && <ErrorDetails sentence={t("returnFailed")} error={copy.error} t={t} />}
          </section>
        )}
      </main>
    </FluentProvider>
  );
}
