// An unexpected error as a person meets it: one short sentence in the pane's language and a button that copies
// the details (the exception's name, text and stack, where and when) for whoever supports Tendik. The exception's
// own text is never shown. (The clerk's side has one too, components/ErrorDetails.tsx on its branch; this one
// serves the coordinator's view and the validator page until the two are merged.)
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Translate } from "../texts";

export interface ErrorDetailsProps {
  /** The sentence in the pane's language. */
  sentence: string;
  error: unknown;
  t: Translate;
  testId?: string;
}

/** What "copy details" puts on the clipboard. */
export function errorDetails(error: unknown, where: string): string {
  const e = error instanceof Error ? error : null;
  return [
    `Tendik: ${where}`,
    `time: ${new Date().toISOString()}`,
    `agent: ${globalThis.navigator?.userAgent ?? "?"}`,
    e ? `${e.name}: ${e.message}` : String(error),
    e?.stack ?? "",
  ].join("\n");
}

async function copyText(text: string): Promise<boolean> {
  try {
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some Office webviews refuse the clipboard API: a hidden text area and the older command.
    const doc = globalThis.document;
    const area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    const ok = doc.execCommand("copy");
    area.remove();
    return ok;
  }
}

export function ErrorDetails({ sentence, error, t, testId }: ErrorDetailsProps) {
  const [copied, setCopied] = useState(false);
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId ?? "error-details"}>
      <MessageBarBody>
        <Text>{sentence}</Text>
        {copied && (
          <Text as="p" size={200} role="status">
            {t("detailsCopied")}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          data-testid="copy-details"
          onClick={() => void copyText(errorDetails(error, sentence)).then(setCopied)}
        >
          {t("copyDetails")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
