/**
 * One record with its provenance: the value line (the pane's one formatter), its facts (attribute, table
 * or text, confidence, inferred year), the passage with the value marked, a table row as a small table,
 * the section heading, and the sentence around the passage read from the document on request.
 */
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { IndicatorRecord } from "../../record";
import type { PlanStore } from "../../model/store";
import { formatValue, recordFacts, recordLine } from "../format";
import { Doc, useStrings } from "../i18n";
import { type Part, markValue, passageAround, sameRow, sectionOf } from "../provenance";
import type { PaneServices } from "../services";

const useStyles = makeStyles({
  record: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  context: { color: tokens.colorNeutralForeground2 },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText" },
  },
  facts: { color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: "start",
    },
  },
  read: { paddingLeft: 0, minWidth: 0 },
});

function Marked({ parts, className }: { parts: Part[]; className: string }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className={className}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export interface RecordCardProps {
  store: PlanStore;
  record: IndicatorRecord;
  /** The indicator's records, to gather the other cells of a table row. */
  siblings: readonly IndicatorRecord[];
  services: Pick<PaneServices, "documentText">;
}

type Loaded = { status: "idle" } | { status: "loading" } | { status: "done"; text: string | undefined };

export function RecordCard({ store, record, siblings, services }: RecordCardProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const [doc, setDoc] = useState<Loaded>({ status: "idle" });
  const text = doc.status === "done" ? doc.text : undefined;
  const row = record.source === "table" ? sameRow(siblings, record) : [];
  const section = sectionOf(record, text);
  const passage =
    text && record.end <= text.length ? passageAround(text, record.start, record.end) : undefined;
  const title = store.documents.get(record.doc)?.title ?? record.doc;

  async function toggleDocument() {
    if (doc.status === "done") return setDoc({ status: "idle" });
    setDoc({ status: "loading" });
    setDoc({ status: "done", text: await services.documentText(record.doc) });
  }

  return (
    <li className={styles.record}>
      <Text weight="semibold">{recordLine(record, lang, t)}</Text>
      <Caption1
        block
        className={styles.facts}
        title={record.year_inferred ? t("yearInferredHelp") : undefined}
      >
        {recordFacts(record, t).join(" · ")}
      </Caption1>
      {row.length > 1 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label={t("detailTableRow")}>
            <thead>
              <tr>
                {row.map((r) => (
                  <th key={r.id} scope="col">
                    {r.year} {t(`kind_${r.kind}`)}
                    {r.measure !== "level" ? ` (${t(`measure_${r.measure}`)})` : ""}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {row.map((r) => (
                  <td key={r.id}>
                    <Doc>{formatValue(r, lang)}</Doc>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <blockquote className={styles.quote} aria-label={t("detailSource")} lang="zh-CN">
        {passage ? (
          <>
            <span className={styles.context}>{passage.before}</span>
            <Marked parts={markValue(passage.quote, record)} className={styles.mark} />
            <span className={styles.context}>{passage.after}</span>
          </>
        ) : (
          <Marked parts={markValue(record.quote, record)} className={styles.mark} />
        )}
      </blockquote>
      {section && (
        <Caption1 block>
          {t("detailSection", { section: "" })}
          <Doc>{section}</Doc>
        </Caption1>
      )}
      <Caption1 block>
        {t("detailFrom", { document: "" })}
        <Doc>{title}</Doc>
      </Caption1>
      <Button
        size="small"
        appearance="transparent"
        className={styles.read}
        onClick={toggleDocument}
        aria-expanded={doc.status === "done"}
      >
        {doc.status === "done" ? t("detailHideDocument") : t("detailReadDocument")}
      </Button>
      {doc.status === "done" && !text && <Caption1 block>{t("detailDocumentUnavailable")}</Caption1>}
    </li>
  );
}
