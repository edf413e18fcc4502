// The task pane. It knows nothing of Office or Excel (lint forbids the globals here): host operations arrive
// as the `host` prop, built in excel.ts. What the open workbook is decides what the pane offers: a report
// template gets the clerk's view alone (a report's workbook never receives a master's sheets), a master opens on
// the coordinator's view, any other workbook offers both, the clerk's first. The coordinator's pane is a chunk
// of its own, loaded on first use, so the agency's pane opens fast. The plan in use (the embedded one or a plan
// file the user chose) sits above the views as one line and threads through both panes.
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Title2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { Language } from "../../../schema";
import type { PaneHost } from "../host";
import { initialLanguage, rememberLanguage } from "../language";
import { textsFor } from "../texts";
import { AgencyPane } from "./AgencyPane";
import { LanguageSwitch } from "./LanguageSwitch";
import { PlanControl } from "./PlanControl";
import { fluentTheme } from "./theme";
import { loadEngine } from "./useEngine";
import { usePlan } from "./usePlan";
import { useWorkbookKind } from "./useWorkbookKind";

const CoordinatorPane = lazy(() => import(/* webpackChunkName: "merge" */ "./CoordinatorPane"));

export interface AppProps {
  host: PaneHost;
}

type PaneTab = "report" | "merge";

/** The plan store comes with the engine chunk (the plan and its check need the validators). */
const loadPlanStore = () => loadEngine().then((engine) => engine.planStore);

// The browser's 8-pixel body margin would frame the pane in white in Office's dark theme.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  // The pane's full height here, not on the provider: Fluent gives its portals (the body picker's list) the
  // provider's classes, and a 100vh portal lay over the whole pane and took its clicks.
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "40rem",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
    minWidth: 0,
  },
  title: { margin: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function App({ host }: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(() => initialLanguage(host.displayLanguage));
  const [tab, setTab] = useState<PaneTab>("report");
  // While the coordinator's merge runs, the plan it merges on stays.
  const [merging, setMerging] = useState(false);
  const t = textsFor(lang);
  const planState = usePlan(loadPlanStore, true);
  const inUse = planState.inUse;
  const { engine, kind, failure, look } = useWorkbookKind(host, inUse);
  const role = kind?.kind ?? null;
  const ids = { report: useId("tab-report"), merge: useId("tab-merge"), panel: useId("panel") };

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A master opens on the coordinator's view; a report's workbook has no other.
  useEffect(() => {
    if (role === "master") setTab("merge");
    if (role === "template") setTab("report");
  }, [role]);

  // A merge writes the master's sheets: the workbook is a master now (or was refused and is as it was).
  const wasMerging = useRef(false);
  useEffect(() => {
    if (wasMerging.current && !merging) void look();
    wasMerging.current = merging;
  }, [merging, look]);

  // Only what fits the workbook: no tabs until it is known, and none on a report.
  const tabs: PaneTab[] = role === null ? [] : role === "template" ? ["report"] : ["report", "merge"];
  const shown: PaneTab = tabs.includes(tab) ? tab : "report";
  const withTabs = tabs.length > 1;

  return (
    <FluentProvider theme={fluentTheme(host.dark)}>
      <main className={styles.root} data-role={role ?? "unknown"}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.title}>
            Tendik
          </Title2>
          <LanguageSwitch
            lang={lang}
            t={t}
            onChange={(l) => {
              setLang(l);
              rememberLanguage(l);
            }}
          />
        </header>
        <PlanControl state={planState} lang={lang} t={t} disabled={merging} />
        {withTabs && (
          <TabList
            selectedValue={shown}
            onTabSelect={(_e, data) => {
              setTab(data.value as PaneTab);
              // The user may have changed workbooks meanwhile (New report opened one, a merge made a master).
              if (!merging) void look();
            }}
            aria-label={t("tabs")}
            size="medium"
          >
            <Tab value="report" id={ids.report} aria-controls={ids.panel}>
              {t("tabReport")}
            </Tab>
            <Tab value="merge" id={ids.merge} aria-controls={ids.panel} data-testid="tab-merge">
              {t("tabMerge")}
            </Tab>
          </TabList>
        )}
        <div
          role={withTabs ? "tabpanel" : undefined}
          id={ids.panel}
          aria-labelledby={withTabs ? ids[shown] : undefined}
          className={styles.panel}
        >
          {shown === "report" ? (
            <AgencyPane
              host={host}
              engine={engine}
              kind={kind}
              failure={failure}
              inUse={inUse}
              lang={lang}
              t={t}
              onChanged={() => void look()}
              onOpenMerge={() => setTab("merge")}
              onUseEmbedded={planState.chooseEmbedded}
            />
          ) : inUse ? (
            <Suspense fallback={<Spinner size="small" label={t("loading")} />}>
              {/* A plan of its own: another plan starts the coordinator's screen afresh (its periods, its outcome). */}
              <CoordinatorPane
                key={inUse.hash}
                host={host}
                inUse={inUse}
                lang={lang}
                t={t}
                onMerging={setMerging}
                onUseEmbedded={planState.chooseEmbedded}
              />
            </Suspense>
          ) : (
            <Spinner size="small" label={t("loading")} />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
