/**
 * Browse: the search box and facets (category, plan type, period, document, region) over the indicator
 * list; with no query or facet, the documents by region. Opening an indicator shows its detail. Plain
 * elements styled with theme tokens: this view is part of the first paint, so it carries no Fluent parts.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { SectionContext } from "../App";
import { categoryName, formatPeriod, planTypeName } from "../format";
import { useStrings } from "../i18n";
import {
  type Facets,
  hasFacets,
  prepareQuery,
  recordPasses,
  searchIndicators,
  searchRegions,
} from "../search";
import { Loading, PlainButton } from "../shell";
import { DocumentsView } from "./DocumentsView";
import { IndicatorList } from "./IndicatorSearch";

// The indicator page (records, provenance, chart) loads when an indicator is first opened.
const IndicatorDetail = lazy(() => import("./IndicatorDetail").then((m) => ({ default: m.IndicatorDetail })));

export interface BrowseState {
  query: string;
  facets: Facets;
  /** The indicator whose detail is open. */
  open?: string;
  /** Set when coming back from a detail: the search box takes the focus. */
  cameBack?: boolean;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  facets: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    border: "none",
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  select: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    textOverflow: "ellipsis",
    padding: tokens.spacingVerticalXXS,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { display: "flex", flexDirection: "column", fontSize: tokens.fontSizeBase200, minWidth: 0 },
  regionHits: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  search: {
    width: "100%",
    boxSizing: "border-box",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  searchLabel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
});

interface Option {
  value: string;
  label: string;
  lang?: string;
}

export function BrowseSection({ context }: { context: SectionContext }) {
  const { store, searchIndex, browse, setBrowse } = context;
  const { lang, t } = useStrings();
  const styles = useStyles();
  const [prepared, setPrepared] = useState(0);
  const query = browse.query;
  const deferred = useDeferredValue(query);
  const filtering = query.trim() !== "" || hasFacets(browse.facets);
  // Built when first needed: the documents list, shown first, does without it.
  const index = filtering ? searchIndex() : undefined;
  // Pinyin and the traditional converter load on the first query that needs them; then search again.
  useEffect(() => {
    let live = true;
    if (index) void prepareQuery(index, deferred).then(() => live && setPrepared((n) => n + 1));
    return () => {
      live = false;
    };
  }, [index, deferred]);

  const docInfo = useMemo(() => {
    const map = new Map<string, { plan_type: string; period: string }>();
    for (const doc of store.documents.values())
      map.set(doc.doc, { plan_type: doc.plan_type, period: formatPeriod(doc) });
    return map;
  }, [store]);

  const options = useMemo(() => {
    const categories = new Set<string>();
    for (const r of store.dataset.records) if (r.category) categories.add(r.category);
    const docs = [...store.documents.values()];
    return {
      category: [...categories].map((c) => ({
        value: c,
        label: categoryName(c, lang),
        lang: lang === "en" ? undefined : "zh-CN",
      })),
      planType: [...new Set(docs.map((d) => d.plan_type))].map((p) => ({
        value: p,
        label: planTypeName(p, lang),
      })),
      period: [...new Set(docs.map((d) => formatPeriod(d)).filter(Boolean))]
        .sort()
        .map((p) => ({ value: p, label: p })),
      document: docs.map((d) => ({ value: d.doc, label: d.title || d.doc, lang: "zh-CN" })),
      region: [...store.regions.values()]
        .filter((r) => store.recordCount(r.id) > 0)
        .map((r) => ({ value: r.id, label: lang === "zh" ? r.name : r.name_en || r.name })),
    } satisfies Record<keyof Facets, Option[]>;
  }, [store, lang]);

  const hits = useMemo(() => {
    if (!index) return [];
    const found = searchIndicators(index, deferred, browse.facets.region);
    if (!hasFacets(browse.facets)) return found;
    return found.filter((h) => h.records.some((r) => recordPasses(r, browse.facets, (d) => docInfo.get(d))));
    // `prepared` re-runs the search once pinyin or the converter has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, deferred, browse.facets, docInfo, prepared]);
  const regionHits = useMemo(() => searchRegions(store, deferred), [store, deferred]);

  const setFacet = (key: keyof Facets, value: string) =>
    setBrowse({ ...browse, facets: { ...browse.facets, [key]: value || undefined } });

  if (browse.open) {
    return (
      <Suspense fallback={<Loading label={t("sectionLoading")} />}>
        <IndicatorDetail
          context={context}
          indicatorId={browse.open}
          onBack={() => setBrowse({ ...browse, open: undefined, cameBack: true })}
        />
      </Suspense>
    );
  }

  const facetKeys: [keyof Facets, Parameters<typeof t>[0]][] = [
    ["region", "filterRegion"],
    ["category", "filterCategory"],
    ["planType", "filterPlanType"],
    ["period", "filterPeriod"],
    ["document", "filterDocument"],
  ];

  return (
    <section aria-label={t("tabBrowse")} className={styles.section}>
      <label className={styles.searchLabel}>
        {t("searchLabel")}
        <input
          type="search"
          className={styles.search}
          value={query}
          placeholder={t("searchPlaceholder")}
          autoFocus={browse.cameBack}
          onChange={(e) => setBrowse({ ...browse, query: e.target.value, cameBack: false })}
          // Enter opens the best match, so a known name needs no mouse.
          onKeyDown={(e) => {
            if (e.key === "Enter" && query.trim() && hits[0]) setBrowse({ ...browse, open: hits[0].id });
          }}
        />
      </label>
      <fieldset className={styles.facets}>
        <legend className={styles.legend}>{t("filtersLabel")}</legend>
        {facetKeys.map(([key, label]) =>
          options[key].length > 1 || browse.facets[key] ? (
            <div key={key} className={styles.label}>
              <label htmlFor={`facet-${key}`}>{t(label)}</label>
              <select
                id={`facet-${key}`}
                className={styles.select}
                value={browse.facets[key] ?? ""}
                onChange={(e) => setFacet(key, e.target.value)}
              >
                <option value="">{t("filterAny")}</option>
                {options[key].map((o: Option) => (
                  <option key={o.value} value={o.value} lang={o.lang} title={o.label}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null,
        )}
      </fieldset>
      {hasFacets(browse.facets) && (
        <div>
          <PlainButton subtle onClick={() => setBrowse({ ...browse, facets: {} })}>
            {t("clearFilters")}
          </PlainButton>
        </div>
      )}
      {regionHits.length > 0 && !browse.facets.region && (
        <div className={styles.regionHits}>
          {regionHits.map((id) => (
            <PlainButton
              key={id}
              onClick={() => setBrowse({ ...browse, query: "", facets: { ...browse.facets, region: id } })}
            >
              {t("searchRegionHit", { region: store.describeRegion(id) })}
            </PlainButton>
          ))}
        </div>
      )}
      {filtering ? (
        <IndicatorList hits={hits} query={query} onOpen={(id) => setBrowse({ ...browse, open: id })} />
      ) : (
        <DocumentsView
          store={store}
          onShowRegion={(region) => setBrowse({ ...browse, facets: { ...browse.facets, region } })}
          onShowDocument={(document) => setBrowse({ ...browse, facets: { ...browse.facets, document } })}
        />
      )}
    </section>
  );
}
