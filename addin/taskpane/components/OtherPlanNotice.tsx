// A workbook made for another plan than the one in use (or another version of it): which plan it names, and
// what to do: choose that plan's file in the plan control, or go back to the embedded plan when it is that one.
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import { planText } from "../../../schema/planText";
import type { OtherPlan, PlanInUse } from "../plan/planStore";
import type { Translate } from "../texts";

export interface OtherPlanNoticeProps {
  other: OtherPlan;
  inUse: PlanInUse;
  t: Translate;
  onUseEmbedded: () => void;
  /** The plan in use is named by its title in this language (English where not given). */
  lang?: Language;
}

export function OtherPlanNotice({ other, inUse, t, onUseEmbedded, lang = "en" }: OtherPlanNoticeProps) {
  // Named in words: a plan's title, never a content hash. The other plan is known by its id alone, the name its
  // file goes by.
  const words = { choose: t("choosePlan"), change: t("planChange") };
  return (
    <MessageBar intent="error" layout="multiline" data-testid="other-plan" data-plan-id={other.planId}>
      <MessageBarBody>
        <MessageBarTitle>{t("otherPlanTitle")}</MessageBarTitle>
        {other.embedded
          ? t("otherPlanEmbedded")
          : other.hash
            ? t("otherVersionText", { found: other.planId, ...words })
            : t("otherPlanText", { found: other.planId, current: planText(inUse.plan.title, lang), ...words })}
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
