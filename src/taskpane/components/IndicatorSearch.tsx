/** Search indicators by name (Chinese or English), alias or id; choosing one opens its detail. */
import { Button, Caption1, Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { type SearchIndex, searchIndicators } from "../search";
import { useStrings } from "../i18n";

const MAX_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalS} 0` },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  names: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  filter: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface IndicatorSearchProps {
  index: SearchIndex;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (indicatorId: string) => void;
  /** Put the focus in the search box when shown (coming back from an indicator). */
  focusOnShow?: boolean;
  /** Only indicators with records for this region (chosen while browsing). */
  region?: { id: string; label: string };
  onClearRegion?: () => void;
}

export function IndicatorSearch({
  index,
  query,
  onQueryChange,
  onOpen,
  focusOnShow,
  region,
  onClearRegion,
}: IndicatorSearchProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnShow) input.current?.focus();
  }, [focusOnShow]);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchIndicators(index, deferred, region?.id), [index, deferred, region?.id]);
  const shown = hits.slice(0, MAX_SHOWN);
  return (
    <section aria-label={t("searchLabel")}>
      <Field label={t("searchLabel")}>
        <SearchBox
          ref={input}
          value={query}
          placeholder={t("searchPlaceholder")}
          onChange={(_e, data) => onQueryChange(data.value)}
          // Enter opens the best match, so a known name needs no mouse.
          onKeyDown={(e) => {
            const best = searchIndicators(index, query, region?.id)[0];
            if (e.key === "Enter" && query.trim() && best) onOpen(best.id);
          }}
        />
      </Field>
      {region && (
        <div className={styles.filter}>
          <Text size={200}>{t("regionFilter", { region: region.label })}</Text>
          <Button size="small" appearance="subtle" onClick={onClearRegion}>
            {t("clearRegion")}
          </Button>
        </div>
      )}
      <Text role="status" size={200}>
        {hits.length === 0 && query.trim()
          ? t("searchNone", { query: query.trim() })
          : t("searchResults", { count: hits.length })}
      </Text>
      <ul className={styles.list}>
        {shown.map((hit) => {
          const primary = lang === "zh" ? hit.name_zh : hit.name_en || hit.name_zh;
          const secondary = [lang === "zh" ? hit.name_en : hit.name_zh, hit.code ?? hit.id]
            .filter(Boolean)
            .join(" · ");
          return (
            <li key={hit.id}>
              <Button appearance="subtle" className={styles.item} onClick={() => onOpen(hit.id)}>
                <span className={styles.names}>
                  <Text weight="semibold">{primary}</Text>
                  <Caption1>
                    {secondary} · {t("indicatorRecords", { count: hit.records.length })}
                  </Caption1>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {hits.length > MAX_SHOWN && (
        <Caption1>{t("searchMore", { shown: MAX_SHOWN, count: hits.length })}</Caption1>
      )}
    </section>
  );
}
