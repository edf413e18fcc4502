// The page a clerk opens from disk: choose or drop a filled template, see every issue at its cell, in their
// language. It states, and its Content Security Policy enforces, that the file never leaves the computer.
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ValidationTask } from "../../core";
import type { Language } from "../../schema";
import { FilePicker } from "../taskpane/components/FilePicker";
import { IssueList } from "../taskpane/components/IssueList";
import { LanguageSwitch } from "../taskpane/components/LanguageSwitch";
import { fluentTheme } from "../taskpane/components/theme";
import { Verdict } from "../taskpane/components/Verdict";
import { rememberLanguage } from "../taskpane/language";
import { textsFor } from "../taskpane/texts";
import { checkFile } from "./checkFile";

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
});

type State =
  | { kind: "idle" }
  | { kind: "checking"; name: string }
  | { kind: "done"; name: string; task: ValidationTask }
  | { kind: "failed"; name: string; reason: string };

export function ValidatorPage({ initialLang, dark }: ValidatorPageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLang);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const t = textsFor(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("validatorTitle");
  }, [lang, t]);

  // Checked again when the language changes: messages are rendered in the language asked for.
  useEffect(() => {
    if (!file) return;
    let current = true;
    setState({ kind: "checking", name: file.name });
    checkFile(file.name, file.bytes, lang).then(
      (task) => current && setState({ kind: "done", name: file.name, task }),
      (e: unknown) => current && setState({ kind: "failed", name: file.name, reason: String(e) }),
    );
    return () => {
      current = false;
    };
  }, [file, lang]);

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
        <FilePicker label={t("chooseFile")} dropText={t("orDrop")} onFiles={(f) => void onFiles(f)} />
        <section
          className={styles.results}
          aria-live="polite"
          aria-busy={state.kind === "checking"}
          data-testid="results"
        >
          {state.kind === "checking" && <Spinner size="small" label={t("checking", { file: state.name })} />}
          {state.kind === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{t("failed", { reason: state.reason })}</MessageBarBody>
            </MessageBar>
          )}
          {state.kind === "done" && (
            <>
              <Text weight="semibold" data-testid="checked-file">
                {t("checked", { file: state.name })}
              </Text>
              <Verdict
                errors={state.task.stats.errors}
                warnings={state.task.stats.warnings}
                t={t}
                next={t("readyNext")}
              />
              <IssueList issues={state.task.issues} t={t} />
            </>
          )}
        </section>
      </main>
    </FluentProvider>
  );
}
