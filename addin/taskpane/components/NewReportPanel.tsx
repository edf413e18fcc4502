// Any other workbook: New report asks for the body and the period of the plan in use and opens the template
// exactly as `tendik template --plan` writes it: a workbook of its own where Excel can open one from bytes (ExcelApi 1.8),
// otherwise rendered into this workbook through the adapter, and the pane says so.
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Language, Plan } from "../../../schema";
import type { PaneHost } from "../host";
import { PeriodSelect } from "./PeriodSelect";
import type { Translate } from "../texts";
import type { Engine } from "./useEngine";

export interface NewReportPanelProps {
  host: PaneHost;
  engine: Engine;
  /** The plan in use: its bodies, its periods, its templates. */
  plan: Plan;
  lang: Language;
  t: Translate;
  /** Called after the template was written into this workbook (the pane then says why it is here). */
  onWritten: () => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select grows to its longest option (a body's full name): held to the pane's width, so a 320-pixel
  // pane never scrolls sideways; the open list still shows the names whole.
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  native: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export function NewReportPanel({ host, engine, plan, lang, t, onWritten }: NewReportPanelProps) {
  const styles = useStyles();
  const bodies = useMemo(() => engine.reportingBodies(plan, lang), [engine, plan, lang]);
  const periods = useMemo(() => engine.reportingPeriods(plan), [engine, plan]);
  const [agency, setAgency] = useState("");
  const [period, setPeriod] = useState(periods[0] ?? "");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);

  const create = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const template = await import(/* webpackChunkName: "template" */ "../agency/newTemplate");
      if (host.features.createWorkbook) {
        await host.createWorkbook(await template.templateBytes(plan, agency, period, lang));
        setOutcome({ intent: "success", text: t("createdNew") });
      } else {
        await host.port.render(template.templateSpec(plan, agency, period, lang));
        onWritten();
      }
    } catch (e) {
      setOutcome({ intent: "error", text: t("failed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Text>{t("notTemplate")}</Text>
      <form
        className={styles.form}
        aria-label={t("newReport")}
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Text as="h2" size={400} weight="semibold">
          {t("newReport")}
        </Text>
        <Field label={t("body")} required>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            value={agency}
            onChange={(_e, d) => setAgency(d.value)}
            data-testid="new-body"
          >
            <option value="" disabled>
              {t("chooseBody")}
            </option>
            {bodies.map((b) => (
              <option key={b.code} value={b.code}>
                {b.short} — {b.name}
              </option>
            ))}
          </Select>
        </Field>
        <PeriodSelect
          label={t("period")}
          periods={periods}
          value={period}
          onChange={setPeriod}
          lang={lang}
          required
          testId="new-period"
        />
        <Button appearance="primary" type="submit" disabled={busy || !agency || !period} data-testid="create">
          {busy ? t("creating") : t("create")}
        </Button>
      </form>
      <div aria-live="polite" data-testid="new-outcome">
        {outcome && (
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
