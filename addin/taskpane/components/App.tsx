// The task pane. It knows nothing of Office or Excel (lint forbids the globals here): host operations arrive
// as the `host` prop, built in excel.ts. The coordinator's pane is a chunk of its own, loaded on first use, so
// the agency's pane opens fast. The plan in use (the embedded one or a plan file the user chose) is chosen above
// the tabs and threads through both panes.
import { FluentProvider, makeStyles, Spinner, Tab, TabList, Title2, tokens, useId } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
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

const CoordinatorPane = lazy(() => import(/* webpackChunkName: "merge" */ "./CoordinatorPane"));

export interface AppProps {
  host: PaneHost;
}

type PaneTab = "report" | "merge";

/** The plan store comes with the engine chunk (the plan and its check need the validators). */
const loadPlanStore = () => loadEngine().then((engine) => engine.planStore);

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "40rem",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  title: { margin: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(() => initialLanguage(host.displayLanguage));
  const [tab, setTab] = useState<PaneTab>("report");
  // While the coordinator's merge runs, the plan it merges on stays.
  const [merging, setMerging] = useState(false);
  const t = textsFor(lang);
  const planState = usePlan(loadPlanStore, true);
  const inUse = planState.inUse;
  const ids = { report: useId("tab-report"), merge: useId("tab-merge"), panel: useId("panel") };

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={fluentTheme(host.dark)} className={styles.provider}>
      <main className={styles.root}>
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
        <TabList
          selectedValue={tab}
          onTabSelect={(_e, data) => setTab(data.value as PaneTab)}
          aria-label={t("tabs")}
          size="medium"
        >
          <Tab value="report" id={ids.report} aria-controls={ids.panel}>
            {t("tabReport")}
          </Tab>
          <Tab value="merge" id={ids.merge} aria-controls={ids.panel}>
            {t("tabMerge")}
          </Tab>
        </TabList>
        <div role="tabpanel" id={ids.panel} aria-labelledby={ids[tab]} className={styles.panel}>
          {tab === "report" ? (
            <AgencyPane
              host={host}
              inUse={inUse}
              lang={lang}
              t={t}
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
