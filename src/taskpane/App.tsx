/**
 * The task pane: browse documents and regions, search indicators and open one (records, source passages,
 * insert a formula), load tables into worksheets, export CSV. Outside Excel it says so and still browses.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { subscribe } from "../model/runtime";
import type { PlanStore } from "../model/store";
import { ADDIN_VERSION } from "../model/version";
import { DocumentsView } from "./components/DocumentsView";
import { IndicatorDetail } from "./components/IndicatorDetail";
import { IndicatorSearch } from "./components/IndicatorSearch";
import { LoadPanel } from "./components/LoadPanel";
import type { HostInfo } from "./host";
import { StringsContext, stringsFor } from "./i18n";
import { buildSearchIndex } from "./search";
import { type PaneServices, defaultServices } from "./services";
import { type Language, languageOf } from "./strings";

const useStyles = makeStyles({
  main: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

type DataState =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; store: PlanStore };
type TabId = "browse" | "indicators" | "load" | `extra:${string}`;

/** A further section of the pane (e.g. import, review), added by the entry point without editing App. */
export interface PaneTab {
  id: string;
  label: Record<Language, string>;
  render: (context: { store: PlanStore; lang: Language; host: HostInfo }) => ReactNode;
}

const LANGUAGE_KEY = "planIndicators.language";

function savedLanguage(): Language | undefined {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return saved === "en" || saved === "zh" ? saved : undefined;
  } catch {
    return undefined;
  }
}

export interface AppProps {
  host: HostInfo;
  /** Replaces parts of what the pane does (tests, other hosts). */
  services?: Partial<PaneServices>;
  /** Sections shown after the built-in ones. */
  extraTabs?: readonly PaneTab[];
}

export function App({ host, services, extraTabs = [] }: AppProps) {
  const svc = useMemo(() => ({ ...defaultServices, ...services }), [services]);
  const [lang, setLang] = useState<Language>(() => savedLanguage() ?? languageOf(host.language));
  const strings = useMemo(() => stringsFor(lang), [lang]);
  const { t } = strings;
  const styles = useStyles();
  const [data, setData] = useState<DataState>({ status: "loading" });
  const [tab, setTab] = useState<TabId>("browse");
  const [query, setQuery] = useState("");
  const [openIndicator, setOpenIndicator] = useState<string>();
  const [cameBack, setCameBack] = useState(false);
  const [regionFilter, setRegionFilter] = useState<string>();
  const availability = useMemo(() => (host.inExcel ? svc.requirements() : undefined), [host.inExcel, svc]);

  useEffect(() => {
    if (host.connecting) return; // who loads the data depends on the host: wait for Office's answer
    let live = true;
    svc.loadStore(host.inExcel).then(
      (store) => live && setData({ status: "ready", store }),
      (error: Error) => live && setData({ status: "error", message: error.message }),
    );
    // A reload or an import replaces the store: show the new data.
    const unsubscribe = subscribe((store) => live && setData({ status: "ready", store }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [svc, host.inExcel, host.connecting]);

  const store = data.status === "ready" ? data.store : undefined;
  const index = useMemo(() => (store ? buildSearchIndex(store) : undefined), [store]);
  const activeExtra = extraTabs.find((extra) => tab === `extra:${extra.id}`);
  const canInsert = host.inExcel && !!availability?.available.has("insertFormula");
  const canLoad = host.inExcel && !!availability?.available.has("loadSheets");

  function switchLanguage() {
    const next: Language = lang === "zh" ? "en" : "zh";
    setLang(next);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the switch still applies to this session
    }
  }

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <StringsContext.Provider value={strings}>
        <main className={styles.main}>
          <header className={styles.header}>
            <Title3 as="h1">{t("appTitle")}</Title3>
            <Button
              size="small"
              appearance="subtle"
              onClick={switchLanguage}
              aria-label={t("languageSwitchLabel")}
              lang={lang === "zh" ? "en" : "zh-CN"}
            >
              {t("languageSwitch")}
            </Button>
          </header>
          <Caption1>{t("version", { version: ADDIN_VERSION })}</Caption1>
          {!host.inExcel && (
            <MessageBar intent="info">
              <MessageBarBody>{t(host.connecting ? "connectingExcel" : "outsideExcel")}</MessageBarBody>
            </MessageBar>
          )}
          {availability?.missing.map((m) => (
            <MessageBar key={m.feature} intent="warning">
              <MessageBarBody>
                {t("featureMissing", { feature: t(`feature_${m.feature}`), set: m.set, version: m.version })}
              </MessageBarBody>
            </MessageBar>
          ))}
          {data.status === "loading" && <Spinner size="small" label={t("loadingData")} />}
          {data.status === "error" && (
            <MessageBar intent="error">
              <MessageBarBody>{t("dataError", { message: data.message })}</MessageBarBody>
            </MessageBar>
          )}
          {store && store.dataset.records.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("noData")}</MessageBarBody>
            </MessageBar>
          )}
          {store && index && (
            <>
              <TabList
                selectedValue={tab}
                onTabSelect={(_e, d) => setTab(d.value as TabId)}
                aria-label={t("tabsLabel")}
              >
                <Tab value="browse">{t("tabBrowse")}</Tab>
                <Tab value="indicators">{t("tabSearch")}</Tab>
                <Tab value="load">{t("tabLoad")}</Tab>
                {extraTabs.map((extra) => (
                  <Tab key={extra.id} value={`extra:${extra.id}`}>
                    {extra.label[lang]}
                  </Tab>
                ))}
              </TabList>
              <div
                role="tabpanel"
                aria-label={
                  activeExtra?.label[lang] ??
                  t(tab === "browse" ? "tabBrowse" : tab === "load" ? "tabLoad" : "tabSearch")
                }
              >
                {tab === "browse" && (
                  <DocumentsView
                    store={store}
                    onShowRegion={(regionId) => {
                      setRegionFilter(regionId);
                      setOpenIndicator(undefined);
                      setTab("indicators");
                    }}
                  />
                )}
                {tab === "indicators" &&
                  (openIndicator ? (
                    <IndicatorDetail
                      store={store}
                      indicatorId={openIndicator}
                      onBack={() => {
                        setOpenIndicator(undefined);
                        setCameBack(true);
                      }}
                      insert={canInsert ? svc.insertFormula : undefined}
                    />
                  ) : (
                    <IndicatorSearch
                      index={index}
                      query={query}
                      onQueryChange={setQuery}
                      onOpen={setOpenIndicator}
                      focusOnShow={cameBack}
                      region={
                        regionFilter && store.regions.has(regionFilter)
                          ? { id: regionFilter, label: store.describeRegion(regionFilter) }
                          : undefined
                      }
                      onClearRegion={() => setRegionFilter(undefined)}
                    />
                  ))}
                {tab === "load" && <LoadPanel store={store} services={svc} canLoad={canLoad} />}
                {activeExtra?.render({ store, lang, host })}
              </div>
            </>
          )}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
