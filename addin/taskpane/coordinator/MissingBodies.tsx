// Who has not reported for a period, read from the master in this workbook as `tendik status` reads it: each
// body by its short name and full name in the pane's language, those whose file was rejected first.
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Master } from "../../../core/merge";
import type { Language, Plan } from "../../../schema";
import { PeriodSelect } from "../components/PeriodSelect";
import type { Translate } from "../texts";
import { missingBodies, type MissingBody } from "./missing";

/** A group longer than this starts folded. */
const FOLDED_FROM = 12;

export interface MissingBodiesProps {
  master: Master | null;
  plan: Plan;
  periods: string[];
  period: string;
  onPeriod: (period: string) => void;
  lang: Language;
  t: Translate;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  rejected: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // A list item, so the browser draws its disclosure triangle (folded or open).
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { marginInline: "4px 6px" },
});

/**
 * One group of bodies (file rejected, or no report), by short name and full name; a long group starts folded
 * (its count is in the summary line), so the templates below stay within reach.
 */
function BodyGroup({ bodies, label, rejected }: { bodies: MissingBody[]; label: string; rejected?: boolean }) {
  const styles = useStyles();
  if (bodies.length === 0) return null;
  return (
    <details className={styles.group} open={bodies.length <= FOLDED_FROM} data-testid="missing-group">
      <summary className={styles.summary}>
        <Badge appearance="tint" color={rejected ? "danger" : "subtle"} className={styles.count}>
          {bodies.length}
        </Badge>
        {label}
      </summary>
      <ul className={styles.list}>
        {bodies.map((b) => (
          <li
            key={b.agency}
            className={rejected ? `${styles.item} ${styles.rejected}` : styles.item}
            data-testid="missing-body"
            data-agency={b.agency}
            data-state={b.state}
          >
            <Text weight="semibold">{b.shortName}</Text>
            {b.name !== b.shortName && <Text size={200}>{b.name}</Text>}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function MissingBodies({ master, plan, periods, period, onPeriod, lang, t }: MissingBodiesProps) {
  const styles = useStyles();
  const summary = useMemo(
    () => (master ? missingBodies(master, plan, period, lang) : null),
    [master, plan, period, lang],
  );
  return (
    <section className={styles.section} aria-labelledby="missing-heading" data-testid="missing">
      <Text as="h2" size={400} weight="semibold" id="missing-heading" className={styles.heading}>
        {t("coordMissingTitle")}
      </Text>
      {!summary ? (
        <Text data-testid="missing-summary">{t("coordNoMaster")}</Text>
      ) : (
        <>
          <Text>{t("coordMissingHelp")}</Text>
          <PeriodSelect
            label={t("period")}
            periods={periods}
            value={period}
            onChange={onPeriod}
            lang={lang}
            testId="missing-period"
          />
          <Text weight="semibold" data-testid="missing-summary">
            {summary.bodies.length === 0
              ? t("coordMissingNone", { expected: summary.expected, period })
              : t("coordMissingCount", {
                  missing: summary.missing + summary.rejected,
                  expected: summary.expected,
                  rejected: summary.rejected,
                })}
          </Text>
          <BodyGroup
            bodies={summary.bodies.filter((b) => b.state === "rejected")}
            label={t("coordStateRejected")}
            rejected
          />
          <BodyGroup bodies={summary.bodies.filter((b) => b.state === "missing")} label={t("coordStateMissing")} />
        </>
      )}
    </section>
  );
}
