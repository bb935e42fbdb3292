/** Browse: each region with its documents (period, publication date, record counts). */
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DocumentInfo } from "../../model/record";
import type { PlanStore } from "../../model/store";
import { formatPeriod } from "../format";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  region: { marginBottom: tokens.spacingVerticalL },
  numeric: { textAlign: "end" },
});

const PLAN_TYPE: Record<DocumentInfo["plan_type"], { en: string; zh: string }> = {
  "five-year": { en: "Five-year plan", zh: "五年规划" },
  annual: { en: "Annual plan", zh: "年度计划" },
  "work-report": { en: "Work report", zh: "工作报告" },
  news: { en: "News", zh: "新闻" },
  other: { en: "Other", zh: "其他" },
};

export function DocumentsView({ store }: { store: PlanStore }) {
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
        return (
          <div key={region.id} className={styles.region}>
            <Subtitle2 as="h3" id={headingId}>
              {lang === "zh" ? region.name : region.name_en || region.name}
            </Subtitle2>
            <Caption1 block>
              {lang === "zh" ? region.name_en : region.name} ·{" "}
              {t("regionSummary", { documents: docs.length, records: store.recordCount(region.id) })}
            </Caption1>
            <Table size="small" aria-labelledby={headingId}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("colDocument")}</TableHeaderCell>
                  <TableHeaderCell>{t("colPeriod")}</TableHeaderCell>
                  <TableHeaderCell>{t("colPublished")}</TableHeaderCell>
                  <TableHeaderCell className={styles.numeric}>{t("colRecords")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {docs.map((doc) => (
                  <TableRow key={doc.doc}>
                    <TableCell>
                      {doc.title || doc.doc}
                      <Caption1 block>{PLAN_TYPE[doc.plan_type]?.[lang] ?? doc.plan_type}</Caption1>
                    </TableCell>
                    <TableCell>{formatPeriod(doc) || t("unknown")}</TableCell>
                    <TableCell>{doc.published ?? t("unknown")}</TableCell>
                    <TableCell className={styles.numeric}>{doc.records}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        );
      })}
    </section>
  );
}
