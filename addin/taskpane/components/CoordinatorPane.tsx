// The coordinator's pane (a chunk of its own): merge the bodies' reports into the master held by this
// workbook, with progress and each file's outcome as `tendik merge` gives it, rejected files first; who has not
// reported for a period, from the master, as `tendik status` says it; and every template for a period as one
// zip, where the host lets the pane hand over a file. All on the plan in use: a master of another plan is
// refused before any file is read, with which plan's file to choose. An unexpected failure is one sentence in
// the pane's language with "copy details", never the exception's text.
import {
  Badge,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ForeignMasterError, MasterPlanVersionError, type Master } from "../../../core/merge";
import {
  bodyShortName,
  defaultReportingPeriod,
  periodWords,
  planPeriods,
  renderIssue,
  type Language,
  type Plan,
} from "../../../schema";
import { ErrorDetails } from "./ErrorDetails";
import {
  mergeFiles,
  readMaster,
  type FileOutcome,
  type FileStatus,
  type MergeOutcome,
  type PickedFile,
} from "../coordinator/mergeFiles";
import { MissingBodies } from "../coordinator/MissingBodies";
import { sortOutcomes } from "../coordinator/order";
import { TemplatesSection } from "../coordinator/TemplatesSection";
import { visibleErrors } from "../coordinator/visibleIssues";
import type { PaneHost } from "../host";
import { otherPlanOf, type OtherPlan, type PlanInUse } from "../plan/planStore";
import type { Translate } from "../texts";
import { FilePicker } from "./FilePicker";
import { IssueList } from "./IssueList";
import { OtherPlanNotice } from "./OtherPlanNotice";

export interface CoordinatorPaneProps {
  host: PaneHost;
  /** The plan in use: the master's plan, its periods and templates. */
  inUse: PlanInUse;
  lang: Language;
  t: Translate;
  /** Told when a merge starts and ends (the plan may not change meanwhile). */
  onMerging?: (merging: boolean) => void;
  onUseEmbedded: () => void;
}

/** The plan a master of another plan (or another version of it) names, from the error that refused it. */
function otherPlanOfError(e: unknown, inUse: PlanInUse): OtherPlan | null {
  if (e instanceof ForeignMasterError) return otherPlanOf(e.found, null, inUse);
  if (e instanceof MasterPlanVersionError) return otherPlanOf(inUse.plan.id, e.found, inUse);
  return null;
}

/** The period most of the merged files were for, when it is one of the plan's. */
function mergedPeriod(files: FileOutcome[], periods: string[]): string | null {
  const counts = new Map<string, number>();
  for (const f of files)
    if (f.period && periods.includes(f.period)) counts.set(f.period, (counts.get(f.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  file: { display: "flex", flexDirection: "column", gap: "2px", overflowWrap: "anywhere", minWidth: 0 },
  fileHead: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px", minWidth: 0 },
});

const BADGE: Record<FileStatus, "success" | "informative" | "subtle" | "danger"> = {
  accepted: "success",
  replaced: "informative",
  unchanged: "subtle",
  rejected: "danger",
};

type Progress = { done: number; total: number } | null;
type Failure = { sentence: string; error: unknown } | null;

/** A file refused because it was made for another plan (or another version of this one). */
const ofAnotherPlan = (f: FileOutcome) =>
  f.status === "rejected" &&
  f.issues.some((i) => i.code === "identity-other-plan" || i.code === "identity-plan-version");

export default function CoordinatorPane({ host, inUse, lang, t, onMerging, onUseEmbedded }: CoordinatorPaneProps) {
  const styles = useStyles();
  const { plan } = inUse;
  const [progress, setProgress] = useState<Progress>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  // The outcome's issues are data: a change of language words them again on the next render, nothing is re-read.
  const [failure, setFailure] = useState<Failure>(null);
  const [otherPlan, setOtherPlan] = useState<OtherPlan | null>(null);
  const periods = planPeriods(plan.period);
  const [statusPeriod, setStatusPeriod] = useState(() => defaultReportingPeriod(plan.period, new Date()));
  // The master this workbook holds, for who has not reported (undefined while it is read, null when none).
  const [master, setMaster] = useState<Master | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    readMaster(host.port, plan).then(
      (m) => current && setMaster(m),
      (e: unknown) => {
        if (!current) return;
        setMaster(null);
        const other = otherPlanOfError(e, inUse);
        if (other) setOtherPlan(other);
        else setFailure({ sentence: t("coordMasterFailed"), error: e });
      },
    );
    return () => {
      current = false;
    };
    // Read once when the view opens; a merge hands the master it wrote.
  }, [host.port, plan]);

  const merge = async (files: File[]) => {
    setOutcome(null);
    setFailure(null);
    setOtherPlan(null);
    setProgress({ done: 0, total: files.length });
    onMerging?.(true);
    try {
      const picked: PickedFile[] = files.map((f) => ({
        name: f.name,
        bytes: async () => new Uint8Array(await f.arrayBuffer()),
      }));
      const done = await mergeFiles(host.port, plan, picked, lang, (n, total) => setProgress({ done: n, total }));
      setOutcome({ ...done, files: sortOutcomes(done.files) });
      setMaster(done.master);
      const period = mergedPeriod(done.files, periods);
      if (period) setStatusPeriod(period);
    } catch (e) {
      const other = otherPlanOfError(e, inUse);
      if (other) setOtherPlan(other);
      else setFailure({ sentence: t("coordMergeFailed"), error: e });
    } finally {
      setProgress(null);
      onMerging?.(false);
    }
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="merge-heading">
        <Text as="h2" size={400} weight="semibold" id="merge-heading" className={styles.heading}>
          {t("mergeTitle")}
        </Text>
        <Text>{t("mergeHelp")}</Text>
        <FilePicker
          label={t("chooseFiles")}
          dropText={t("dropHere")}
          multiple
          disabled={progress !== null}
          onFiles={(f) => void merge(f)}
        />
        {progress && (
          <Field validationMessage={t("progress", progress)} validationState="none">
            <ProgressBar
              value={progress.done}
              max={progress.total}
              thickness="large"
              aria-label={t("progress", progress)}
            />
          </Field>
        )}
        <div aria-live="polite" data-testid="merge-results" className={styles.section}>
          {failure && <ErrorDetails sentence={failure.sentence} error={failure.error} t={t} testId="merge-failed" />}
          {otherPlan && <OtherPlanNotice other={otherPlan} inUse={inUse} t={t} onUseEmbedded={onUseEmbedded} />}
          {outcome && (
            <MessageBar intent={outcome.stats.rejected ? "warning" : "success"} layout="multiline">
              <MessageBarBody data-testid="merge-summary">
                {t("mergeDone", outcome.stats)}
                {outcome.files.some(ofAnotherPlan) && ` ${t("mergeOtherPlanFiles")}`}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {outcome && (
          <ul className={styles.files}>
            {outcome.files.map((f, i) => (
              <FileItem key={`${f.file}-${i}`} file={f} plan={plan} lang={lang} t={t} />
            ))}
          </ul>
        )}
      </section>
      {master !== undefined && (
        <MissingBodies
          master={master}
          plan={plan}
          periods={periods}
          period={statusPeriod}
          onPeriod={setStatusPeriod}
          lang={lang}
          t={t}
        />
      )}
      <TemplatesSection host={host} plan={plan} lang={lang} t={t} />
    </>
  );
}

function FileItem({ file, plan, lang, t }: { file: FileOutcome; plan: Plan; lang: Language; t: Translate }) {
  const styles = useStyles();
  // The body as a reader of the pane's language names it (МТСР, MLSD); the code where the plan does not know it.
  const agency = file.agency ? bodyShortName(plan, file.agency, lang) : "";
  const who = file.agency ? `${agency}, ${file.period ? periodWords(file.period, lang) : ""}` : "";
  return (
    <li className={styles.file} data-testid="merge-file" data-status={file.status}>
      <span className={styles.fileHead}>
        <Badge appearance="tint" color={BADGE[file.status]}>
          {t(file.status)}
        </Badge>
        <Text weight="semibold">{file.file}</Text>
      </span>
      {who && <Text size={200}>{who}</Text>}
      {file.status === "rejected" && (
        <IssueList issues={visibleErrors(file.issues)} render={(i) => renderIssue(i, lang)} t={t} />
      )}
    </li>
  );
}
