// The task pane. It knows nothing of Office or Excel (lint forbids the globals here): host operations arrive
// as the `host` prop, built in excel.ts. The coordinator's pane is a chunk of its own, loaded on first use, so
// the agency's pane opens fast.
import { FluentProvider, makeStyles, Spinner, Tab, TabList, Title2, tokens, useId } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Language } from "../../../schema";
import type { PaneHost } from "../host";
import { initialLanguage, rememberLanguage } from "../language";
import { textsFor } from "../texts";
import { AgencyPane } from "./AgencyPane";
import { LanguageSwitch } from "./LanguageSwitch";
import { fluentTheme } from "./theme";

const CoordinatorPane = lazy(() => import(/* webpackChunkName: "merge" */ "./CoordinatorPane"));

export interface AppProps {
  host: PaneHost;
}

type PaneTab = "report" | "merge";

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
  const t = textsFor(lang);
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
            <AgencyPane host={host} lang={lang} t={t} onOpenMerge={() => setTab("merge")} />
          ) : (
            <Suspense fallback={<Spinner size="small" label={t("loading")} />}>
              <CoordinatorPane host={host} lang={lang} t={t} />
            </Suspense>
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
