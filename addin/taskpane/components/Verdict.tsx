// The outcome of a validation in one glance: ready to send (with the warnings to look at), or how many
// errors stand in the way, and what to do next.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Translate } from "../texts";

export interface VerdictProps {
  errors: number;
  warnings: number;
  t: Translate;
  /** What to do once the file is clean. */
  next: string;
}

export function Verdict({ errors, warnings, t, next }: VerdictProps) {
  const ready = errors === 0;
  return (
    <MessageBar intent={ready ? "success" : "error"} layout="multiline" data-testid="verdict" data-ready={ready}>
      <MessageBarBody>
        <MessageBarTitle>{ready ? t("readyTitle") : t("notReadyTitle")}</MessageBarTitle>
        {ready ? `${t("readyText", { w: warnings })} ${next}` : t("notReadyText", { e: errors, w: warnings })}
      </MessageBarBody>
    </MessageBar>
  );
}
