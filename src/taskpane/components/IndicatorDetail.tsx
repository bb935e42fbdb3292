/** One indicator: its records per region (value, year, kind, attribute) with the quoted source passage. */
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { IndicatorRecord } from "../../record";
import type { PlanStore } from "../../model/store";
import { formatValue, formatYear } from "../format";
import { useStrings } from "../i18n";
import { InsertFormula } from "./InsertFormula";

const useStyles = makeStyles({
  record: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyle: "none", padding: 0, margin: 0 },
  region: { marginTop: tokens.spacingVerticalM },
});

export interface IndicatorDetailProps {
  store: PlanStore;
  indicatorId: string;
  onBack: () => void;
  insert?: (formula: string) => Promise<string>;
}

export function IndicatorDetail({ store, indicatorId, onBack, insert }: IndicatorDetailProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  // The list this replaced had the focus: move it to the indicator's name for keyboard and reader users.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [indicatorId]);
  const records = store.find({ indicator: indicatorId });
  const info = store.indicators.get(indicatorId);
  const byRegion = new Map<string, IndicatorRecord[]>();
  for (const r of records) byRegion.set(r.region_id, [...(byRegion.get(r.region_id) ?? []), r]);
  const title = info?.name_zh ?? records[0]?.indicator ?? indicatorId;
  const subtitle = [info?.name_en ?? records[0]?.indicator_en, info?.code ?? indicatorId]
    .filter(Boolean)
    .join(" · ");

  return (
    <article aria-labelledby="indicator-title">
      <Button appearance="subtle" onClick={onBack}>
        ← {t("back")}
      </Button>
      <Text as="h2" size={500} weight="semibold" id="indicator-title" block ref={heading} tabIndex={-1}>
        {title}
      </Text>
      <Caption1 block>{subtitle}</Caption1>
      {[...byRegion].map(([regionId, list]) => (
        <section key={regionId} aria-label={store.describeRegion(regionId)} className={styles.region}>
          <Subtitle2 as="h3">{store.describeRegion(regionId)}</Subtitle2>
          <ul className={styles.list}>
            {list
              .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind))
              .map((r) => (
                <li key={r.id} className={styles.record}>
                  <Text weight="semibold">
                    {formatYear(r)} · {t(`kind_${r.kind}`)} · {t(`measure_${r.measure}`)}:{" "}
                    {formatValue(r, lang)}
                  </Text>
                  {r.attribute && <Caption1> · {r.attribute}</Caption1>}
                  <blockquote className={styles.quote} aria-label={t("detailSource")}>
                    {r.quote}
                  </blockquote>
                  <Caption1>
                    {t("detailFrom", { document: store.documents.get(r.doc)?.title ?? r.doc })}
                  </Caption1>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <InsertFormula
        key={indicatorId}
        store={store}
        indicatorId={indicatorId}
        records={records}
        insert={insert}
      />
    </article>
  );
}
