/**
 * The task pane shell: header, notices, at most four sections declared as data (SECTIONS below, then
 * the entry point's import and review tabs), and a footer with help and About. Each section's code loads when it
 * is first shown, except Browse, which is part of the first paint (plain elements, no Fluent parts).
 */
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { type ReactNode, Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import { subscribe } from "../model/runtime";
import type { PlanStore } from "../model/store";
import type { HostInfo } from "./host";
import { StringsContext, stringsFor } from "./i18n";
import {
  FirstRunCard,
  Footer,
  Loading,
  Notice,
  PlainButton,
  RequirementsNotice,
  SectionBoundary,
} from "./shell";
import { SectionTabs, panelId, tabId } from "./tabs";
import { type SearchIndex, buildSearchIndex } from "./search";
import { type PaneServices, defaultServices } from "./services";
import { type Language, type StringKey, languageOf } from "./strings";
import type { FormulaChoice } from "./formula";

import { BrowseSection, type BrowseState } from "./components/BrowseSection";
const FormulaSection = lazy(() =>
  import("./components/FormulaSection").then((m) => ({ default: m.FormulaSection })),
);
const SheetsSection = lazy(() =>
  import("./components/SheetsSection").then((m) => ({ default: m.SheetsSection })),
);
const DashboardSection = lazy(() =>
  import("./components/DashboardSection").then((m) => ({ default: m.DashboardSection })),
);

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxWidth: "100%",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
    // Form controls in any section never widen the pane: a native select is as wide as its longest
    // option otherwise. (fui-Select and fui-Field are Fluent's static class names for those roots.)
    "& select, & .fui-Select, & .fui-Field": { maxWidth: "100%", minWidth: 0 },
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  panel: { minWidth: 0 },
  part: { minWidth: 0, paddingTop: tokens.spacingVerticalS },
});

type DataState =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; store: PlanStore };

/** A further section of the pane (e.g. import, review), added by the entry point without editing App. */
export interface PaneTab {
  id: string;
  label: Record<Language, string>;
  render: (context: { store: PlanStore; lang: Language; host: HostInfo }) => ReactNode;
}

/** What every section is given. */
export interface SectionContext {
  store: PlanStore;
  /** The search index, built on first use (the documents list, shown first, does not need it). */
  searchIndex: () => SearchIndex;
  lang: Language;
  host: HostInfo;
  services: PaneServices;
  canInsert: boolean;
  canLoad: boolean;
  browse: BrowseState;
  setBrowse: (next: BrowseState) => void;
  formula: Partial<FormulaChoice>;
  openFormula: (choice: Partial<FormulaChoice>) => void;
  openIndicator: (indicatorId: string) => void;
}

/** A top-level section: one view, or parts behind a second row of tabs. */
interface Section {
  id: string;
  label: StringKey;
  render?: (context: SectionContext) => ReactNode;
  parts?: readonly { id: string; label: StringKey; render: (context: SectionContext) => ReactNode }[];
}

/** The built-in sections; the entry point's tabs (import, review) follow, for at most four in all. */
const SECTIONS: readonly Section[] = [
  { id: "browse", label: "tabBrowse", render: (c) => <BrowseSection context={c} /> },
  {
    id: "workbook",
    label: "tabWorkbook",
    parts: [
      { id: "formula", label: "tabFormula", render: (c) => <FormulaSection context={c} /> },
      { id: "sheets", label: "tabSheets", render: (c) => <SheetsSection context={c} /> },
      { id: "dashboard", label: "tabDashboard", render: (c) => <DashboardSection context={c} /> },
    ],
  },
];

export interface AppProps {
  host: HostInfo;
  /** Replaces parts of what the pane does (tests, other hosts). */
  services?: Partial<PaneServices>;
  /** Tabs of the fourth section (import, review). */
  extraTabs?: readonly PaneTab[];
}

function mediaMatches(query: string): boolean {
  return typeof matchMedia === "function" && matchMedia(query).matches;
}

export function App({ host, services, extraTabs = [] }: AppProps) {
  const svc = useMemo<PaneServices>(() => ({ ...defaultServices, ...services }), [services]);
  const [lang, setLang] = useState<Language>(() => {
    const saved = svc.readPreference("language");
    return saved === "en" || saved === "zh" ? saved : languageOf(host.language);
  });
  const strings = useMemo(() => stringsFor(lang), [lang]);
  const { t } = strings;
  const styles = useStyles();
  const [data, setData] = useState<DataState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [section, setSection] = useState("browse");
  const [part, setPart] = useState<Record<string, string>>({});
  const [browse, setBrowse] = useState<BrowseState>({ query: "", facets: {} });
  const [formula, setFormula] = useState<Partial<FormulaChoice>>({});
  const availability = useMemo(() => (host.inExcel ? svc.requirements() : undefined), [host.inExcel, svc]);
  // Office's theme inside Excel; outside it, the browser's preference. In a high-contrast (forced
  // colours) mode the system's colours replace the theme's, which Fluent's components support.
  const dark = host.dark ?? (!host.inExcel && mediaMatches("(prefers-color-scheme: dark)"));
  const theme = dark ? webDarkTheme : webLightTheme;

  useEffect(() => {
    // The page around the provider takes the theme too: no white frame in dark mode.
    document.body.style.margin = "0";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  }, [theme, lang]);

  useEffect(() => {
    if (host.connecting) return; // who loads the data depends on the host: wait for Office's answer
    let live = true;
    setData({ status: "loading" });
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
  }, [svc, host.inExcel, host.connecting, attempt]);

  const store = data.status === "ready" ? data.store : undefined;
  const searchIndex = useMemo(() => {
    let built: SearchIndex | undefined;
    return () => (built ??= buildSearchIndex(store!));
  }, [store]);
  const openFormula = useCallback((choice: Partial<FormulaChoice>) => {
    setFormula(choice);
    setSection("workbook");
    setPart((p) => ({ ...p, workbook: "formula" }));
  }, []);
  const openIndicator = useCallback((indicatorId: string) => {
    setBrowse((b) => ({ ...b, open: indicatorId }));
    setSection("browse");
  }, []);

  function switchLanguage() {
    const next: Language = lang === "zh" ? "en" : "zh";
    setLang(next);
    svc.writePreference("language", next);
  }

  const sections: { id: string; label: string }[] = [
    ...SECTIONS.map((s) => ({ id: s.id, label: t(s.label) })),
    ...extraTabs.map((e) => ({ id: `extra:${e.id}`, label: e.label[lang] })),
  ];
  const active = sections.find((s) => s.id === section) ?? sections[0]!;

  function renderSection(context: SectionContext): ReactNode {
    const builtIn = SECTIONS.find((s) => s.id === active.id);
    if (!builtIn) {
      return extraTabs
        .find((e) => `extra:${e.id}` === active.id)
        ?.render({ store: context.store, lang, host });
    }
    if (builtIn.render || !builtIn.parts) return builtIn.render?.(context);
    const current = builtIn.parts.find((p) => p.id === part[builtIn.id]) ?? builtIn.parts[0]!;
    return (
      <>
        <SectionTabs
          tabs={builtIn.parts.map((p) => ({ id: p.id, label: t(p.label) }))}
          selected={current.id}
          onSelect={(id) => setPart((p) => ({ ...p, [builtIn.id]: id }))}
          label={t(builtIn.label)}
          idPrefix={builtIn.id}
        />
        <div
          role="tabpanel"
          id={panelId(builtIn.id)}
          aria-labelledby={tabId(builtIn.id, current.id)}
          className={styles.part}
        >
          {current.render(context)}
        </div>
      </>
    );
  }

  return (
    <FluentProvider theme={theme} lang={lang === "zh" ? "zh-CN" : "en-US"} className={styles.root}>
      <StringsContext.Provider value={strings}>
        <main className={styles.main}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t("appTitle")}</h1>
            <PlainButton
              subtle
              onClick={switchLanguage}
              aria-label={t("languageSwitchLabel")}
              lang={lang === "zh" ? "en" : "zh-CN"}
            >
              {t("languageSwitch")}
            </PlainButton>
          </header>
          {!host.inExcel && (
            <Notice intent="info">{t(host.connecting ? "connectingExcel" : "outsideExcel")}</Notice>
          )}
          {availability && availability.missing.length > 0 && (
            <RequirementsNotice missing={availability.missing} />
          )}
          <FirstRunCard services={svc} />
          {data.status === "loading" && <Loading label={t("loadingData")} />}
          {data.status === "error" && (
            <Notice intent="error" detail={t("dataErrorDetail", { message: data.message })}>
              {t("dataError")}{" "}
              <PlainButton onClick={() => setAttempt((n) => n + 1)}>{t("retry")}</PlainButton>
            </Notice>
          )}
          {store && store.dataset.records.length === 0 && <Notice intent="warning">{t("noData")}</Notice>}
          {store && (
            <>
              <SectionTabs
                tabs={sections}
                selected={active.id}
                onSelect={setSection}
                label={t("tabsLabel")}
                idPrefix="pane"
              />
              <div
                role="tabpanel"
                id={panelId("pane")}
                aria-labelledby={tabId("pane", active.id)}
                className={styles.panel}
              >
                <SectionBoundary key={active.id}>
                  <Suspense fallback={<Loading label={t("sectionLoading")} />}>
                    {renderSection({
                      store,
                      searchIndex,
                      lang,
                      host,
                      services: svc,
                      canInsert: host.inExcel && !!availability?.available.has("insertFormula"),
                      canLoad: host.inExcel && !!availability?.available.has("loadSheets"),
                      browse,
                      setBrowse,
                      formula,
                      openFormula,
                      openIndicator,
                    })}
                  </Suspense>
                </SectionBoundary>
              </div>
            </>
          )}
          <Footer />
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
