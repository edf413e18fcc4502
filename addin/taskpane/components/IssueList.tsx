// Issues by severity, errors first, each saying what it is about (the measure and indicator, where the caller
// knows them) and where it is as Excel shows it. Errors and warnings differ by colour, icon and a written label.
// With `onSelect` every issue is a button to its cell, the list is walked with the arrow keys, and Previous /
// Next step through the issues selecting each cell; with `group`, many issues of one kind (68 measures without a
// status) fold into one expandable line; a filter shows errors or warnings alone. Without `onSelect` (the
// offline page) the issues are plain text. A new check is a new list: give it a new `key`.
import {
  Button,
  makeStyles,
  mergeClasses,
  Text,
  ToggleButton,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleFilled, WarningFilled } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Issue, Severity } from "../../../schema";
import type { Translate } from "../texts";
import { srOnlyStyle } from "./theme";

/** What an issue is about: a measure of the plan (and one of its indicators), by id. */
export interface IssueSubject {
  measure: string;
  indicator?: string;
}

export interface IssueListProps {
  issues: Issue[];
  /**
   * An issue's message in the page's language (`renderIssue`, handed in so that the issue catalogue loads with
   * the checks, not before the pane first paints): a change of language re-renders, the issues stay as they are.
   */
  render: (issue: Issue) => string;
  t: Translate;
  onSelect?: (issue: Issue) => void;
  /** The measure (and indicator) an issue is about, where known. */
  subject?: (issue: Issue) => IssueSubject | null | undefined;
  /** Folds repeated issues of one kind into one expandable line, headed by `title` where their words differ. */
  group?: { title: (code: string) => string };
}

/** The identity sheet of a template (core/template/identity's IDENTITY_SHEET): very hidden, never a place to go. */
const HIDDEN_SHEET = "_tendik";
/** From how many issues of one kind on they fold into one line. */
const GROUP_FROM = 3;
/** How many measure numbers a folded line lists before "…". */
const IDS_SHOWN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  barLabel: { marginInlineEnd: tokens.spacingHorizontalXS },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  nested: { paddingInlineStart: tokens.spacingHorizontalL },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    width: "100%",
    // Fluent's Button caps its width at 280px; an issue's message needs the pane's width.
    maxWidth: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: 0,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    justifyContent: "flex-start",
  },
  errorItem: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  warningItem: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  where: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular },
  icon: { fontSize: "16px", flexShrink: 0 },
  message: { overflowWrap: "anywhere" },
  // In a folded line's members the message is the line's own: said to a screen reader, not shown again.
  srOnly: srOnlyStyle,
});

/** "Отчет!D14", the sheet alone, or the whole file; the hidden identity sheet is "the template's details". */
export function issuePlace(issue: Issue, t: Translate): string {
  const { sheet, cell } = issue.location;
  if (sheet === HIDDEN_SHEET) return t("identityPlace");
  if (sheet && cell) return `${sheet}!${cell}`;
  return sheet ?? t("wholeFile");
}

/** "Мероприятие 1.2 · показатель 1.2.1", or nothing. */
export function subjectWords(subject: IssueSubject | null | undefined, t: Translate): string {
  if (!subject) return "";
  const measure = t("measureLabel", { id: subject.measure });
  return subject.indicator ? `${measure} · ${t("indicatorLabel", { id: subject.indicator })}` : measure;
}

type Filter = "all" | Severity;

/** One line of the list: an issue alone, or issues of one kind folded together. */
type Row = { kind: "one"; issue: Issue } | { kind: "group"; key: string; issues: Issue[] };

function rowsOf(issues: Issue[], group: boolean): Row[] {
  if (!group) return issues.map((issue) => ({ kind: "one", issue }));
  const keyOf = (i: Issue) => `${i.code}|${typeof i.params.field === "string" ? i.params.field : ""}`;
  const count = new Map<string, number>();
  for (const i of issues) count.set(keyOf(i), (count.get(keyOf(i)) ?? 0) + 1);
  const groups = new Map<string, Row & { kind: "group" }>();
  const rows: Row[] = [];
  for (const issue of issues) {
    const key = keyOf(issue);
    if ((count.get(key) ?? 0) < GROUP_FROM) rows.push({ kind: "one", issue });
    else if (groups.has(key)) groups.get(key)!.issues.push(issue);
    else {
      const row = { kind: "group" as const, key, issues: [issue] };
      groups.set(key, row);
      rows.push(row);
    }
  }
  return rows;
}

const selectable = (i: Issue) => Boolean(i.location.cell) && i.location.sheet !== HIDDEN_SHEET;

export function IssueList({ issues, render, t, onSelect, subject, group }: IssueListProps) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const [filter, setFilter] = useState<Filter>("all");
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [current, setCurrent] = useState<Issue | null>(null);
  const buttons = useRef(new Map<Issue, HTMLElement>());
  const counts = { error: 0, warning: 0 };
  for (const i of issues) counts[i.severity]++;

  const sections = useMemo(
    () =>
      (["error", "warning"] as const).map((severity) => ({
        severity,
        rows: rowsOf(
          issues.filter((i) => i.severity === severity),
          Boolean(group),
        ),
      })),
    [issues, group],
  );
  const shown = sections.filter((s) => s.rows.length > 0 && (filter === "all" || filter === s.severity));
  // The issues Previous / Next step through: those shown, in the list's order, that have a cell to go to.
  const steps = shown.flatMap((s) => s.rows.flatMap((r) => (r.kind === "one" ? [r.issue] : r.issues)));
  const walk = steps.filter(selectable);
  const at = current ? walk.indexOf(current) : -1;

  const choose = (issue: Issue) => {
    setCurrent(issue);
    const row = shown.flatMap((s) => s.rows).find((r) => r.kind === "group" && r.issues.includes(issue));
    if (row?.kind === "group" && !open.has(row.key)) setOpen(new Set(open).add(row.key));
    onSelect?.(issue);
  };
  useEffect(() => {
    if (current) buttons.current.get(current)?.scrollIntoView?.({ block: "nearest" });
  }, [current, open]);

  const severityMark = (severity: Severity) => {
    const Icon = severity === "error" ? ErrorCircleFilled : WarningFilled;
    return (
      <>
        <Icon aria-hidden className={mergeClasses(styles.icon, styles[severity])} />
        <span className={styles[severity]}>{severity === "error" ? t("severityError") : t("severityWarning")}</span>
      </>
    );
  };

  const itemOf = (issue: Issue, i: number, folded: boolean): ReactNode => {
    const about = subjectWords(subject?.(issue), t);
    const className = mergeClasses(
      styles.item,
      issue.severity === "error" ? styles.errorItem : styles.warningItem,
      issue === current && styles.current,
    );
    const message = render(issue);
    const content = (
      <>
        <Text size={200} className={styles.where}>
          {severityMark(issue.severity)}
          {about && <span>· {about}</span>}
          <span className={styles.cell}>· {issuePlace(issue, t)}</span>
        </Text>
        <Text size={300} className={folded ? styles.srOnly : styles.message} data-testid="issue-message">
          {message}
        </Text>
      </>
    );
    return (
      <li
        key={`${issue.code}-${issue.path}-${i}`}
        data-code={issue.code}
        data-cell={issue.location.cell}
        data-severity={issue.severity}
      >
        {onSelect && selectable(issue) ? (
          <Button
            appearance="subtle"
            className={className}
            onClick={() => choose(issue)}
            aria-current={issue === current ? "true" : undefined}
            ref={(el: HTMLElement | null) => {
              if (el) buttons.current.set(issue, el);
              else buttons.current.delete(issue);
            }}
          >
            {content}
          </Button>
        ) : (
          <div className={className}>{content}</div>
        )}
      </li>
    );
  };

  const groupOf = (row: Row & { kind: "group" }): ReactNode => {
    const first = row.issues[0];
    const words = new Set(row.issues.map(render));
    const heading = words.size === 1 ? render(first) : (group?.title(first.code) ?? render(first));
    const ids = [...new Set(row.issues.map((i) => subject?.(i)?.measure).filter((m): m is string => Boolean(m)))];
    const count =
      ids.length > 0
        ? t("groupMeasures", {
            n: ids.length,
            ids: ids.slice(0, IDS_SHOWN).join(", ") + (ids.length > IDS_SHOWN ? ", …" : ""),
          })
        : t("groupCells", { n: row.issues.length });
    const expanded = open.has(row.key);
    const toggle = () => {
      const next = new Set(open);
      if (expanded) next.delete(row.key);
      else next.add(row.key);
      setOpen(next);
    };
    return (
      <li key={row.key} data-group={first.code} data-count={row.issues.length}>
        <Button
          appearance="subtle"
          className={mergeClasses(styles.item, first.severity === "error" ? styles.errorItem : styles.warningItem)}
          aria-expanded={expanded}
          onClick={toggle}
          data-testid="issue-group"
        >
          <Text size={200} className={styles.where}>
            {expanded ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
            {severityMark(first.severity)}
            <span>· {count}</span>
          </Text>
          <Text size={300} className={styles.message} data-testid="group-message">
            {heading}
          </Text>
          <Text size={200} className={styles.cell}>
            {expanded ? t("hideAll") : t("showAll")}
          </Text>
        </Button>
        {expanded && (
          <ul className={mergeClasses(styles.list, styles.nested)}>{row.issues.map((i, n) => itemOf(i, n, true))}</ul>
        )}
      </li>
    );
  };

  if (issues.length === 0) return null;
  const step = (by: number) => {
    const next = walk[at < 0 ? (by > 0 ? 0 : walk.length - 1) : (at + by + walk.length) % walk.length];
    if (next) choose(next);
  };
  return (
    <div className={styles.root} data-testid="issue-list">
      {counts.error > 0 && counts.warning > 0 && (
        <div className={styles.bar} role="group" aria-label={t("filterLabel")} data-testid="issue-filter">
          <Text size={200} className={styles.barLabel} aria-hidden>
            {t("filterLabel")}:
          </Text>
          {(
            [
              ["all", t("filterAll", { n: issues.length })],
              ["error", t("filterErrors", { n: counts.error })],
              ["warning", t("filterWarnings", { n: counts.warning })],
            ] as const
          ).map(([value, label]) => (
            <ToggleButton
              key={value}
              size="small"
              checked={filter === value}
              onClick={() => setFilter(value)}
              data-filter={value}
            >
              {label}
            </ToggleButton>
          ))}
        </div>
      )}
      {onSelect && walk.length > 0 && (
        <div className={styles.nav} data-testid="issue-nav">
          <Button size="small" onClick={() => step(-1)} data-testid="previous-issue">
            {t("previousIssue")}
          </Button>
          <Button size="small" onClick={() => step(1)} data-testid="next-issue">
            {t("nextIssue")}
          </Button>
          {at >= 0 && (
            <Text size={200} data-testid="issue-position">
              {t("issuePosition", { i: at + 1, n: walk.length })}
            </Text>
          )}
        </div>
      )}
      <div {...arrows} className={styles.root}>
        {shown.map(({ severity, rows }) => {
          const n = counts[severity];
          const heading = severity === "error" ? t("errorsHeading") : t("warningsHeading");
          return (
            <section key={severity} className={styles.group} aria-label={heading} data-testid={`issues-${severity}`}>
              <h3 className={mergeClasses(styles.heading, styles[severity])}>
                {severity === "error" ? (
                  <ErrorCircleFilled aria-hidden className={styles.icon} />
                ) : (
                  <WarningFilled aria-hidden className={styles.icon} />
                )}
                {heading} ({n})
              </h3>
              <ul className={styles.list}>
                {rows.map((row, i) => (row.kind === "one" ? itemOf(row.issue, i, false) : groupOf(row)))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
