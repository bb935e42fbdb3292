/** Browse: each region with its documents (type, period, publication date, record counts). */
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentInfo } from "../../record";
import type { PlanStore } from "../../model/store";
import { formatPeriod } from "../format";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  region: { marginBottom: tokens.spacingVerticalL },
  list: { listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalXS} 0 0` },
  doc: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const PLAN_TYPE: Record<DocumentInfo["plan_type"], { en: string; zh: string }> = {
  "five-year": { en: "Five-year plan", zh: "五年规划" },
  annual: { en: "Annual plan", zh: "年度计划" },
  "work-report": { en: "Work report", zh: "工作报告" },
  news: { en: "News", zh: "新闻" },
  other: { en: "Other", zh: "其他" },
};

export interface DocumentsViewProps {
  store: PlanStore;
  /** Opens the indicator list for one region. */
  onShowRegion?: (regionId: string) => void;
}

export function DocumentsView({ store, onShowRegion }: DocumentsViewProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const docsByRegion = new Map<string, DocumentInfo[]>();
  for (const doc of store.documents.values()) {
    docsByRegion.set(doc.region_id, [...(docsByRegion.get(doc.region_id) ?? []), doc]);
  }
  const regions = [...store.regions.values()].filter(
    (r) => docsByRegion.has(r.id) || store.recordCount(r.id) > 0,
  );
  return (
    <section aria-label={t("documentsHeading")}>
      {regions.map((region) => {
        const docs = docsByRegion.get(region.id) ?? [];
        const headingId = `region-${region.id}`;
        const [primary, secondary] =
          lang === "zh" ? [region.name, region.name_en] : [region.name_en || region.name, region.name];
        return (
          <div key={region.id} className={styles.region}>
            <Subtitle2 as="h3" id={headingId} block>
              {primary}
            </Subtitle2>
            <Caption1 block>
              {secondary && secondary !== primary ? `${secondary} · ` : ""}
              {t("regionSummary", { documents: docs.length, records: store.recordCount(region.id) })}
            </Caption1>
            {onShowRegion && store.recordCount(region.id) > 0 && (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => onShowRegion(region.id)}
                aria-label={t("showRegionIndicatorsOf", { region: primary })}
              >
                {t("showRegionIndicators")}
              </Button>
            )}
            <ul className={styles.list} aria-labelledby={headingId}>
              {docs.map((doc) => (
                <li key={doc.doc} className={styles.doc}>
                  <Text block weight="semibold">
                    {doc.title || doc.doc}
                  </Text>
                  <Caption1 block>
                    {[
                      PLAN_TYPE[doc.plan_type]?.[lang] ?? doc.plan_type,
                      `${t("colPeriod")} ${formatPeriod(doc) || t("unknown")}`,
                      `${t("colPublished")} ${doc.published ?? t("unknown")}`,
                      t("indicatorRecords", { count: doc.records }),
                    ].join(" · ")}
                  </Caption1>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
