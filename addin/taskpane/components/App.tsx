// The task pane. It knows nothing of Office or Excel (lint forbids the globals here): host operations will
// arrive as props from index.tsx, which builds them on excel.ts.
import {
  Button,
  FluentProvider,
  Text,
  Title1,
  makeStyles,
  tokens,
  useId,
  webLightTheme,
} from "@fluentui/react-components";

export interface AppProps {
  /** The product name shown at the top of the pane. */
  title: string;
}

/** The pane's workflows, in the order a reporting period runs them. */
const WORKFLOWS = ["Build template", "Validate", "Merge"] as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  workflows: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export function App({ title }: AppProps) {
  const styles = useStyles();
  const noteId = useId("workflows-note");
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title1 as="h1">{title}</Title1>
        <Text>
          Action plan reporting: build each agency&apos;s template, validate what was typed, merge the submissions.
        </Text>
        <div className={styles.workflows} role="group" aria-label="Workflows">
          {WORKFLOWS.map((label) => (
            <Button key={label} appearance="primary" disabled aria-describedby={noteId}>
              {label}
            </Button>
          ))}
        </div>
        <Text id={noteId} size={200}>
          These actions arrive with the next issues.
        </Text>
      </main>
    </FluentProvider>
  );
}
