/**
 * One indicator: per region a chart of its planned path, target and actuals, its records with their
 * provenance, and a way to build a formula for it. The name is the lexicon's or the document's wording,
 * never a generated id.
 */
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { IndicatorRecord } from "../../record";
import type { SectionContext } from "../App";
import { type YearValue, chartData } from "../chart-data";
import { isGeneratedId } from "../format";
import { Doc, localName, useStrings } from "../i18n";
import { PathChart } from "./PathChart";
import { RecordCard } from "./RecordCard";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0 },
  region: { marginTop: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface IndicatorDetailProps {
  context: SectionContext;
  indicatorId: string;
  onBack: () => void;
}

export function IndicatorDetail({ context, indicatorId, onBack }: IndicatorDetailProps) {
  const { store, services, openFormula } = context;
  const { lang, t } = useStrings();
  const styles = useStyles();
  // The list this replaced had the focus: move it to the indicator's name for keyboard and reader users.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [indicatorId]);
  const records = useMemo(() => store.find({ indicator: indicatorId }), [store, indicatorId]);
  // Inside Excel, the actuals typed into the loaded sheets join the chart.
  const [typed, setTyped] = useState<ReadonlyMap<string, YearValue[]>>(new Map());
  useEffect(() => {
    if (!context.host.inExcel) return;
    let live = true;
    const regionIds = [...new Set(records.map((r) => r.region_id))];
    void Promise.all(
      regionIds.map((id) =>
        services.workbookActuals(id, indicatorId).then(
          (a) => [id, a] as const,
          () => [id, []] as const,
        ),
      ),
    ).then((pairs) => live && setTyped(new Map(pairs.map(([id, a]) => [id, [...a]]))));
    return () => {
      live = false;
    };
  }, [context.host.inExcel, services, records, indicatorId]);
  const info = store.indicators.get(indicatorId);
  const byRegion = new Map<string, IndicatorRecord[]>();
  for (const r of records) byRegion.set(r.region_id, [...(byRegion.get(r.region_id) ?? []), r]);
  const nameZh = info?.name_zh ?? records[0]?.indicator ?? "";
  const nameEn = info?.name_en ?? records[0]?.indicator_en;
  const title = localName(nameZh, nameEn, lang);
  const other = title === nameZh ? nameEn : nameZh;
  const code = info?.code && !isGeneratedId(info.code) ? info.code : undefined;

  return (
    <article aria-labelledby="indicator-title">
      <Button appearance="subtle" onClick={onBack}>
        ← {t("back")}
      </Button>
      <Text as="h2" size={500} weight="semibold" id="indicator-title" block ref={heading} tabIndex={-1}>
        <Doc>{title}</Doc>
      </Text>
      <Caption1 block>
        {[other, code].filter(Boolean).map((n, i) => (
          <span key={n}>
            {i > 0 && " · "}
            <Doc>{n!}</Doc>
          </span>
        ))}
        {!info?.code && isGeneratedId(indicatorId) && ` (${t("wordingGloss")})`}
      </Caption1>
      {[...byRegion].map(([regionId, list]) => {
        const region = store.regions.get(regionId);
        const regionLabel = region ? localName(region.name, region.name_en, lang) : regionId;
        const chart = chartData(store, regionId, indicatorId, typed.get(regionId));
        return (
          <section key={regionId} aria-label={regionLabel} className={styles.region}>
            <Subtitle2 as="h3">
              <Doc>{regionLabel}</Doc>
            </Subtitle2>
            {chart && <PathChart data={chart} regionLabel={regionLabel} />}
            <div className={styles.actions}>
              <Button size="small" onClick={() => openFormula({ regionId, indicatorId })}>
                {t("insertHeading")}
              </Button>
            </div>
            <ul className={styles.list}>
              {[...list]
                .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind))
                .map((r) => (
                  <RecordCard key={r.id} store={store} record={r} siblings={list} services={services} />
                ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
