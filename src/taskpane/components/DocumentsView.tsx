/** Browse: each region with its documents (type, period, publication date, record counts). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentInfo } from "../../record";
import type { PlanStore } from "../../model/store";
import { formatPeriod, planTypeName } from "../format";
import { Doc, localName, useStrings } from "../i18n";
import { PlainButton } from "../shell";

const useStyles = makeStyles({
  region: { marginBottom: tokens.spacingVerticalL, minWidth: 0 },
  list: { listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalXS} 0 0` },
  doc: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  link: { paddingLeft: 0, textAlign: "start", color: tokens.colorBrandForegroundLink },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold },
  caption: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface DocumentsViewProps {
  store: PlanStore;
  /** Opens the indicator list for one region. */
  onShowRegion?: (regionId: string) => void;
  /** Opens the indicator list for one document. */
  onShowDocument?: (doc: string) => void;
}

export function DocumentsView({ store, onShowRegion, onShowDocument }: DocumentsViewProps) {
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
        const primary = localName(region.name, region.name_en, lang);
        const secondary = primary === region.name ? region.name_en : region.name;
        return (
          <div key={region.id} className={styles.region}>
            <h3 id={headingId} className={styles.heading}>
              <Doc>{primary}</Doc>
            </h3>
            <span className={styles.caption}>
              {secondary && secondary !== primary && (
                <>
                  <Doc>{secondary}</Doc>
                  {" · "}
                </>
              )}
              {t("regionSummary", { documents: docs.length, records: store.recordCount(region.id) })}
            </span>
            {onShowRegion && store.recordCount(region.id) > 0 && (
              <PlainButton
                subtle
                className={styles.link}
                onClick={() => onShowRegion(region.id)}
                aria-label={t("showRegionIndicatorsOf", { region: primary })}
              >
                {t("showRegionIndicators")}
              </PlainButton>
            )}
            <ul className={styles.list} aria-labelledby={headingId}>
              {docs.map((doc) => (
                <li key={doc.doc} className={styles.doc}>
                  <span className={styles.title}>
                    <Doc>{doc.title || doc.doc}</Doc>
                  </span>
                  <span className={styles.caption}>
                    {[
                      planTypeName(doc.plan_type, lang),
                      `${t("colPeriod")} ${formatPeriod(doc) || t("unknown")}`,
                      `${t("colPublished")} ${doc.published ?? t("unknown")}`,
                      t("indicatorRecords", { count: doc.records }),
                    ].join(" · ")}
                  </span>
                  {onShowDocument && doc.records > 0 && (
                    <PlainButton subtle className={styles.link} onClick={() => onShowDocument(doc.doc)}>
                      {t("showDocumentIndicators")}
                    </PlainButton>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
