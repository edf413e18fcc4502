// Any other workbook: New report asks for the body and the period of the plan in use and opens the template
// exactly as `tendik template --plan` writes it: a workbook of its own where Excel can open one, otherwise
// written into this workbook through the adapter, and the pane says so. The body is searched by any part of its
// name or abbreviation, the list sorted in the pane's language and its names wrapping, never cut; the period
// offered first is the latest half-year that has ended (as the templates ZIP offers it).
import {
  Button,
  Combobox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Language, Plan } from "../../../schema";
import { defaultReportingPeriod } from "../../../schema/periods";
import type { PaneHost } from "../host";
import type { Translate } from "../texts";
import { ErrorDetails } from "./ErrorDetails";
import { PeriodSelect } from "./PeriodSelect";
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
  heading: { margin: 0 },
  combobox: { width: "100%", maxWidth: "100%", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  // The open list as wide as the pane, its names wrapping.
  listbox: { maxWidth: "calc(100vw - 24px)", maxHeight: "50vh" },
  option: { whiteSpace: "normal", overflowWrap: "anywhere" },
  short: { color: tokens.colorNeutralForeground3 },
});

/** A body as the picker shows it: its full name, then its abbreviation. */
const labelOf = (b: { short: string; name: string }) =>
  b.short && b.short !== b.name ? `${b.name} (${b.short})` : b.name;

export function NewReportPanel({ host, engine, plan, lang, t, onWritten }: NewReportPanelProps) {
  const styles = useStyles();
  const bodies = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
    return [...engine.reportingBodies(plan, lang)].sort((a, b) => collator.compare(labelOf(a), labelOf(b)));
  }, [engine, plan, lang]);
  const periods = useMemo(() => engine.reportingPeriods(plan), [engine, plan]);
  const [agency, setAgency] = useState("");
  const [query, setQuery] = useState("");
  // The list's open state is held here: it opens as the clerk types a part of a name and closes once a body is
  // chosen, so that it never lies over "Open template".
  const [listOpen, setListOpen] = useState(false);
  const [period, setPeriod] = useState(() => {
    const first = defaultReportingPeriod(plan.period, new Date());
    return periods.includes(first) ? first : (periods[0] ?? "");
  });
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const chosen = bodies.find((b) => b.code === agency);
  // The chosen body's label in the box shows the whole list when opened again; anything else filters it.
  const needle = chosen && query === labelOf(chosen) ? "" : query.trim().toLocaleLowerCase(lang);
  const shown = needle
    ? bodies.filter((b) => `${b.name} ${b.short} ${b.code}`.toLocaleLowerCase(lang).includes(needle))
    : bodies;

  const create = async () => {
    setBusy(true);
    setCreated(null);
    setFailure(null);
    try {
      const template = await import(/* webpackChunkName: "template" */ "../agency/newTemplate");
      if (host.features.createWorkbook) {
        await host.createWorkbook(await template.templateBytes(plan, agency, period, lang));
        setCreated(template.reportSheetName(lang));
      } else {
        await host.port.render(template.templateSpec(plan, agency, period, lang));
        onWritten();
      }
    } catch (e) {
      setFailure(e ?? new Error("unknown"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className={styles.form}
        aria-label={t("newReport")}
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {t("newReport")}
        </Text>
        <Text>{t("notTemplate")}</Text>
        <Field label={t("body")} required hint={chosen ? labelOf(chosen) : t("bodySearch")}>
          <Combobox
            className={styles.combobox}
            input={{ className: styles.input }}
            listbox={{ className: styles.listbox }}
            freeform
            placeholder={t("bodySearchShort")}
            value={query}
            open={listOpen}
            onOpenChange={(_e, d) => setListOpen(d.open)}
            selectedOptions={agency ? [agency] : []}
            onChange={(e) => {
              setQuery(e.target.value);
              setListOpen(true);
              if (chosen && e.target.value !== labelOf(chosen)) setAgency("");
            }}
            onOptionSelect={(_e, d) => {
              const body = bodies.find((b) => b.code === d.optionValue);
              setAgency(body?.code ?? "");
              setQuery(body ? labelOf(body) : "");
              setListOpen(false);
            }}
            data-testid="new-body"
          >
            {shown.length === 0 ? (
              <Option disabled value="" text="">
                {t("noBodyMatch")}
              </Option>
            ) : (
              shown.map((b) => (
                <Option key={b.code} value={b.code} text={labelOf(b)} className={styles.option} data-code={b.code}>
                  <span>
                    {b.name}
                    {b.short && b.short !== b.name && <span className={styles.short}> ({b.short})</span>}
                  </span>
                </Option>
              ))
            )}
          </Combobox>
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
        {created && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t("createdNew")} {t("fillHint", { sheet: created, validate: t("validate") })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {failure !== null && <ErrorDetails what={t("createFailed")} error={failure} t={t} />}
    </>
  );
}
