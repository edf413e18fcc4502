// Issues grouped by severity, errors first, each with its cell as Excel shows it. With `onSelect` every issue is
// a button that takes the user to its cell; without (the offline page) it is plain text.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Issue } from "../../../schema";
import type { Translate } from "../texts";

export interface IssueListProps {
  issues: Issue[];
  /**
   * An issue's message in the page's language (`renderIssue`, handed in so that the issue catalogue loads with
   * the checks, not before the pane first paints): a change of language re-renders, the issues stay as they are.
   */
  render: (issue: Issue) => string;
  t: Translate;
  onSelect?: (issue: Issue) => void;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
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
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    justifyContent: "flex-start",
  },
  errorItem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warningItem: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  where: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
});

/** "Отчет!D14", the sheet alone, or the whole file. */
export function issuePlace(issue: Issue, t: Translate): string {
  const { sheet, cell } = issue.location;
  if (sheet && cell) return `${sheet}!${cell}`;
  return sheet ?? t("wholeFile");
}

export function IssueList({ issues, render, t, onSelect }: IssueListProps) {
  const styles = useStyles();
  const groups = [
    { severity: "error" as const, heading: t("errorsHeading") },
    { severity: "warning" as const, heading: t("warningsHeading") },
  ];
  return (
    <>
      {groups.map(({ severity, heading }) => {
        const items = issues.filter((i) => i.severity === severity);
        if (items.length === 0) return null;
        const itemClass = `${styles.item} ${severity === "error" ? styles.errorItem : styles.warningItem}`;
        return (
          <section key={severity} className={styles.group} aria-label={heading} data-testid={`issues-${severity}`}>
            <h3 className={`${styles.heading} ${severity === "error" ? styles.error : styles.warning}`}>
              {heading} ({items.length})
            </h3>
            <ul className={styles.list}>
              {items.map((issue, i) => {
                const content = (
                  <>
                    <Text size={200} className={styles.where}>
                      {issuePlace(issue, t)}
                    </Text>
                    <Text size={300} className={styles.message} data-testid="issue-message">
                      {render(issue)}
                    </Text>
                  </>
                );
                return (
                  <li key={`${issue.code}-${issue.path}-${i}`} data-code={issue.code} data-cell={issue.location.cell}>
                    {onSelect && issue.location.cell ? (
                      <Button appearance="subtle" className={itemClass} onClick={() => onSelect(issue)}>
                        {content}
                      </Button>
                    ) : (
                      <div className={itemClass}>{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
