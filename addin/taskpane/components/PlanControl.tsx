// The plan in use: its title in the pane's language, its id and period, where it came from; a plan file to
// choose (checked before it replaces anything: a refused file leaves the plan as it was, with the first
// problems listed) and the way back to the embedded plan. The same control on the pane and the validator page.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { Language } from "../../../schema";
import { spanWords } from "../../../schema/i18n/periods";
import { planText, translationNotice } from "../../../schema/planText";
import type { Translate } from "../texts";
import type { PlanNotice, PlanState } from "./usePlan";

export interface PlanControlProps {
  state: PlanState;
  lang: Language;
  t: Translate;
  /** Nothing may change the plan now (a merge is running). */
  disabled?: boolean;
}

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: { overflowWrap: "anywhere" },
  facts: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  problems: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: "1.2em", overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

export function PlanControl({ state, lang, t, disabled = false }: PlanControlProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId("plan-heading");
  const hintId = useId("plan-hint");
  const { inUse, reading, notice } = state;
  const title = inUse ? planText(inUse.plan.title, lang) : "";
  // Said once, quietly, where the pane shows the plan: its texts in this language are our working translation.
  const translated = inUse ? translationNotice(inUse.plan, lang) : null;
  const busy = disabled || reading !== null || inUse === null;
  return (
    <section
      className={styles.section}
      aria-labelledby={headingId}
      data-testid="plan"
      data-plan-id={inUse?.plan.id}
      data-origin={inUse?.origin.kind}
    >
      <h2 id={headingId} className={styles.heading}>
        {t("plan")}
      </h2>
      {inUse ? (
        <>
          <Text weight="semibold" className={styles.title} data-testid="plan-title">
            {title}
          </Text>
          <Text size={200} className={styles.facts} data-testid="plan-facts">
            {inUse.plan.id} · {spanWords(inUse.plan.period, lang)} ·{" "}
            {inUse.origin.kind === "embedded" ? t("planEmbedded") : t("planFromFile", { file: inUse.origin.fileName })}
          </Text>
          {translated && (
            <Text size={200} italic className={styles.facts} data-testid="plan-translated">
              {translated}
            </Text>
          )}
        </>
      ) : (
        <Spinner size="tiny" label={t("loading")} />
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
          data-testid="choose-plan"
        >
          {reading ? t("checking", { file: reading }) : t("choosePlan")}
        </Button>
        {inUse?.origin.kind === "file" && (
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            onClick={state.chooseEmbedded}
            data-testid="embedded-plan"
          >
            {t("useEmbeddedPlan")}
          </Button>
        )}
      </div>
      <Text size={200} id={hintId} className={styles.facts}>
        {t("planFileHint")}
      </Text>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) state.choose(file);
        }}
        data-testid="plan-input"
      />
      <div aria-live="polite" data-testid="plan-notice" data-kind={notice?.kind}>
        {notice && <Notice notice={notice} lang={lang} t={t} />}
      </div>
    </section>
  );
}

function Notice({ notice, lang, t }: { notice: PlanNotice; lang: Language; t: Translate }) {
  const styles = useStyles();
  switch (notice.kind) {
    case "loaded":
      return (
        <MessageBar intent={notice.remembered === false ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {t("planLoaded", { file: notice.fileName })}
            {notice.remembered === true && ` ${t("planRemembered")}`}
            {notice.remembered === false && ` ${t("planNotRemembered")}`}
          </MessageBarBody>
        </MessageBar>
      );
    case "embedded":
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("planBackToEmbedded")}</MessageBarBody>
        </MessageBar>
      );
    case "refused": {
      const { fileName, total } = notice.refusal;
      // Worded here, in the pane's language: a change of language re-renders, the file is not read again.
      const problems = notice.refusal.problems(lang);
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("planRefused", { file: fileName })}
            <ul className={styles.problems} data-testid="plan-problems">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
            {total > problems.length && t("planProblemsMore", { n: total - problems.length })}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "stored-invalid":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("planStoredInvalid", { file: notice.fileName })}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("failed", { reason: notice.reason })}</MessageBarBody>
        </MessageBar>
      );
  }
}
