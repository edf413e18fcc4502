// The outcome of a validation in one glance: ready to send (with the warnings to look at), or how many
// errors stand in the way, and what to do next. It takes focus after a check (tabIndex -1: reachable by script,
// not a tab stop), so a keyboard or screen-reader user lands on it.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Translate } from "../texts";

export interface VerdictProps {
  errors: number;
  warnings: number;
  t: Translate;
  /** What to do once the file is clean. */
  next: string;
}

/** The verdict's words: its title and its counts, also what a live region announces. */
export function verdictWords({ errors, warnings, t }: Pick<VerdictProps, "errors" | "warnings" | "t">) {
  const ready = errors === 0;
  return {
    title: ready ? t("readyTitle") : t("notReadyTitle"),
    counts: ready ? t("readyText", { w: warnings }) : t("notReadyText", { e: errors, w: warnings }),
  };
}

export const Verdict = forwardRef<HTMLDivElement, VerdictProps>(function Verdict({ errors, warnings, t, next }, ref) {
  const ready = errors === 0;
  const { title, counts } = verdictWords({ errors, warnings, t });
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      intent={ready ? "success" : "error"}
      layout="multiline"
      data-testid="verdict"
      data-ready={ready}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {ready ? `${counts} ${next}` : counts}
      </MessageBarBody>
    </MessageBar>
  );
});
