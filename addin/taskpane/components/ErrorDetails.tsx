// An unexpected failure as a person meets it: a short sentence in the pane's language (what could not be done,
// and what to do), and the technical details behind a "copy the details" button for whoever supports the add-in.
// The exception's own text never shows on the screen: it is copied, or, where the clipboard is refused, shown
// in a read-only box to copy by hand.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Translate } from "../texts";

export interface ErrorDetailsProps {
  /** What could not be done, in the pane's language (e.g. t("validateFailed")); t("unexpected") follows it. */
  what?: string;
  /** Or the whole sentence, when it already says what to do (e.g. t("coordZipFailed")). */
  sentence?: string;
  /** The error itself: its message and stack are what "copy the details" copies. */
  error: unknown;
  t: Translate;
  testId?: string;
}

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  details: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

/** The technical text of an error, for the support person: name, message, stack, and what caused it. */
export function errorDetails(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = [error.stack && error.stack.includes(error.message) ? error.stack : `${error.name}: ${error.message}`];
  if (!error.stack?.includes(error.message) && error.stack) lines.push(error.stack);
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined) lines.push(`Caused by: ${errorDetails(cause)}`);
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) lines.push(`code: ${String(code)}`);
  return lines.join("\n");
}

export function ErrorDetails({ what, sentence, error, t, testId = "error-details" }: ErrorDetailsProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const details = errorDetails(error);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(details);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody className={styles.body}>
        <Text>{sentence ?? `${what ?? ""} ${t("unexpected")}`.trim()}</Text>
        <Button size="small" onClick={() => void copy()} data-testid="copy-details">
          {t("copyDetails")}
        </Button>
        <Text size={200} aria-live="polite">
          {copied === "yes" ? t("detailsCopied") : copied === "no" ? t("detailsNotCopied") : ""}
        </Text>
        {copied === "no" && (
          <Textarea
            className={styles.details}
            readOnly
            value={details}
            aria-label={t("copyDetails")}
            resize="vertical"
          />
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
