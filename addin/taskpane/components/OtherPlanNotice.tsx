// A workbook made for another plan than the one in use (or another version of it): which plan it names, and
// what to do: choose that plan's file in the plan control, or go back to the embedded plan when it is that one.
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { OtherPlan, PlanInUse } from "../plan/planStore";
import type { Translate } from "../texts";

export interface OtherPlanNoticeProps {
  other: OtherPlan;
  inUse: PlanInUse;
  t: Translate;
  onUseEmbedded: () => void;
}

export function OtherPlanNotice({ other, inUse, t, onUseEmbedded }: OtherPlanNoticeProps) {
  const choose = t("choosePlan");
  return (
    <MessageBar intent="error" layout="multiline" data-testid="other-plan" data-plan-id={other.planId}>
      <MessageBarBody>
        <MessageBarTitle>{t("otherPlanTitle")}</MessageBarTitle>
        {other.embedded
          ? t("otherPlanEmbedded")
          : other.hash
            ? t("otherVersionText", { found: other.planId, hash: other.hash, current: inUse.hash.slice(0, 12), choose })
            : t("otherPlanText", { found: other.planId, current: inUse.plan.id, choose })}
        {other.embedded && (
          <>
            {" "}
            <Button size="small" appearance="primary" onClick={onUseEmbedded} data-testid="other-plan-embedded">
              {t("useEmbeddedPlan")}
            </Button>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
