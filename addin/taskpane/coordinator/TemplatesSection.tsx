// Every body's template for a period as one ZIP: the period offered first is the latest half-year that has
// ended (as the clerk's New report offers it), and while the templates are written a progress bar counts them
// ("12 / 52"); an unexpected failure is one sentence with "copy details".
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { defaultReportingPeriod, planPeriods, type Language, type Plan } from "../../../schema";
import { PeriodSelect } from "../components/PeriodSelect";
import type { PaneHost } from "../host";
import type { Translate } from "../texts";
import { ErrorDetails } from "../components/ErrorDetails";
import { templatesZip } from "./templatesZip";

export interface TemplatesSectionProps {
  host: PaneHost;
  plan: Plan;
  lang: Language;
  t: Translate;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
});

type Progress = { done: number; total: number } | null;

export function TemplatesSection({ host, plan, lang, t }: TemplatesSectionProps) {
  const styles = useStyles();
  const periods = planPeriods(plan.period);
  const [period, setPeriod] = useState(() => defaultReportingPeriod(plan.period, new Date()));
  const [progress, setProgress] = useState<Progress>(null);
  const [made, setMade] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const download = async () => {
    setMade(null);
    setFailure(null);
    setProgress({ done: 0, total: 0 });
    try {
      const zip = await templatesZip(plan, period, lang, (done, total) => setProgress({ done, total }));
      host.download(zip.fileName, zip.bytes, "application/zip");
      setMade(zip.count);
    } catch (e) {
      setFailure(e ?? new Error("unknown"));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="templates-heading">
      <Text as="h2" size={400} weight="semibold" id="templates-heading" className={styles.heading}>
        {t("templatesTitle")}
      </Text>
      <Text>{t("templatesHelp")}</Text>
      <PeriodSelect
        label={t("period")}
        periods={periods}
        value={period}
        onChange={setPeriod}
        lang={lang}
        testId="zip-period"
      />
      {host.features.downloads ? (
        <>
          <Button
            appearance="primary"
            disabled={progress !== null}
            onClick={() => void download()}
            data-testid="download-templates"
          >
            {t("download")}
          </Button>
          {progress && progress.total > 0 && (
            <Field validationMessage={t("preparing", progress)} validationState="none" data-testid="zip-progress">
              <ProgressBar
                value={progress.done}
                max={progress.total}
                thickness="large"
                aria-label={t("preparing", progress)}
              />
            </Field>
          )}
          <div aria-live="polite">
            {made !== null && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody data-testid="zip-made">{t("coordZipMade", { n: made })}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {failure !== null && (
            <ErrorDetails sentence={t("coordZipFailed")} error={failure} t={t} testId="zip-failed" />
          )}
        </>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("coordNoDownloads")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
