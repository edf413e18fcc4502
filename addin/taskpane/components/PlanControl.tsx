// The plan in use, as one line (its title in the pane's language) that opens to show its period and where it came
// from, a plan file to choose (checked before it replaces anything: a refused file leaves the plan as it was,
// with the first problems listed) and the way back to the embedded plan. Most people never change the plan, so
// it stays folded and what they came for comes first. The same control on the pane and the validator page.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, useId } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { Language } from "../../../schema";
import { spanWords } from "../../../schema/i18n/periods";
import { planText, translationNotice } from "../../../schema/planText";
import type { Translate } from "../texts";
import { ErrorDetails } from "./ErrorDetails";
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
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, minWidth: 0 },
  // The whole line is the button: the chevron, "Plan:", and the title on one line while folded.
  toggle: {
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    paddingInlineStart: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  label: { flexShrink: 0, color: tokens.colorNeutralForeground2, marginInlineEnd: tokens.spacingHorizontalXS },
  title: {
    flexGrow: 1,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
  },
  titleOpen: { flexGrow: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  more: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
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
  const moreId = useId("plan-more");
  const [open, setOpen] = useState(false);
  const { inUse, reading, notice } = state;
  const title = inUse ? planText(inUse.plan.title, lang) : "";
  // Said once, quietly, where the pane shows the plan: its texts in this language are our working translation.
  const translated = inUse && translationNotice(inUse.plan, lang) !== null ? t("planTranslated") : null;
  const busy = disabled || reading !== null || inUse === null;
  return (
    <section
      className={styles.section}
      aria-labelledby={headingId}
      data-testid="plan"
      data-plan-id={inUse?.plan.id}
      data-origin={inUse?.origin.kind}
    >
      {/* The disclosure pattern: the heading holds the one button that opens the rest. */}
      <h2 id={headingId} className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={moreId}
          aria-label={`${t("plan")}: ${title || t("loading")} ${open ? t("planCollapse") : t("planChange")}`}
          title={open ? t("planCollapse") : t("planChange")}
          onClick={() => setOpen(!open)}
          data-testid="plan-toggle"
        >
          <span className={styles.label}>{t("plan")}:</span>
          {inUse ? (
            <span className={open ? styles.titleOpen : styles.title} data-testid="plan-title">
              {title}
            </span>
          ) : (
            <span className={styles.title}>{t("loading")}</span>
          )}
        </Button>
      </h2>
      {open && (
        <div className={styles.more} id={moreId}>
          {inUse && (
            <Text size={200} className={styles.facts} data-testid="plan-facts">
              {spanWords(inUse.plan.period, lang)} ·{" "}
              {inUse.origin.kind === "embedded"
                ? t("planEmbedded")
                : t("planFromFile", { file: inUse.origin.fileName })}
            </Text>
          )}
          {translated && (
            <Text size={200} italic className={styles.facts} data-testid="plan-translated">
              {translated}
            </Text>
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
        </div>
      )}
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
      return <ErrorDetails what={t("planFailed")} error={notice.error} t={t} />;
  }
}
