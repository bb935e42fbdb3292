/** The indicator list of a search or browse: names in the pane's language, record counts, never an internal id. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { isGeneratedId } from "../format";
import { Doc, localName, useStrings } from "../i18n";
import type { IndicatorSummary } from "../search";
import { PlainButton } from "../shell";

const MAX_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  item: {
    width: "100%",
    minWidth: 0,
    display: "flex",
    textAlign: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  names: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface IndicatorListProps {
  hits: readonly IndicatorSummary[];
  query: string;
  onOpen: (indicatorId: string) => void;
}

export function IndicatorList({ hits, query, onOpen }: IndicatorListProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shown = hits.slice(0, MAX_SHOWN);
  return (
    <>
      <span role="status" className={styles.caption}>
        {hits.length === 0 && query.trim()
          ? t("searchNone", { query: query.trim() })
          : t("searchResults", { count: hits.length })}
      </span>
      <ul className={styles.list}>
        {shown.map((hit) => {
          const primary = localName(hit.name_zh, hit.name_en, lang);
          const other = primary === hit.name_zh ? hit.name_en : hit.name_zh;
          const code = hit.code && !isGeneratedId(hit.code) && hit.code !== other ? hit.code : undefined;
          return (
            <li key={hit.id}>
              <PlainButton subtle className={styles.item} onClick={() => onOpen(hit.id)}>
                <span className={styles.names}>
                  <span className={styles.name}>
                    <Doc>{primary}</Doc>
                  </span>
                  <span className={styles.caption}>
                    {[other, code].filter(Boolean).map((name) => (
                      <span key={name}>
                        <Doc>{name!}</Doc>
                        {" · "}
                      </span>
                    ))}
                    {t("indicatorRecords", { count: hit.records.length })}
                  </span>
                </span>
              </PlainButton>
            </li>
          );
        })}
      </ul>
      {hits.length > MAX_SHOWN && (
        <span className={styles.caption}>{t("searchMore", { shown: MAX_SHOWN, count: hits.length })}</span>
      )}
    </>
  );
}
