/**
 * One record under review: its line, confidence, the source passage with the value highlighted, and its
 * buttons, each labelled with the record it acts on (a screen reader hears "Accept: 地区生产总值, 漯河市,
 * 2025", not ten times "Accept"). Editing happens in place.
 */
import { YEAR_MAX, YEAR_MIN } from "../../record";
import { Badge, Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Correction, RecordEdit } from "../../model/corrections";
import type { IndicatorRecord, Qualifier } from "../../record";
import type { Strings } from "../i18n";
import { formatValue } from "../format";
import type { Language, StringKey } from "../strings";
import { passageParts } from "./highlight";
import "../import/strings-data"; // the import and review entries of the string table

export type Translate = Strings["t"];

/** The qualifiers in the edit form's order, each worded in the pane's language. */
const QUALIFIER_WORDS: Record<Qualifier, StringKey> = {
  "=": "qualifier_exact",
  "~": "qualifier_about",
  ">=": "qualifier_atLeast",
  ">": "qualifier_moreThan",
  "<=": "qualifier_atMost",
  "<": "qualifier_lessThan",
};
const QUALIFIERS = Object.keys(QUALIFIER_WORDS) as Qualifier[];

/** "地区生产总值, 漯河市, 2025": how the record is named to assistive technology. */
export const recordName = (r: IndicatorRecord) => `${r.indicator}, ${r.region}, ${r.year}`;

export interface ItemProps {
  record: IndicatorRecord;
  correction?: Correction;
  text?: string;
  lang: Language;
  t: Translate;
  onAccept(): void;
  onReject(): void;
  onEdit(fields: RecordEdit): void;
  onUndo(): void;
}

export function ReviewItem({
  record: r,
  correction,
  text,
  lang,
  t,
  onAccept,
  onReject,
  onEdit,
  onUndo,
}: ItemProps) {
  const [editing, setEditing] = useState(false);
  const original = correction?.snapshot?.value;
  const parts = passageParts(r, text, original);
  const title = `${r.indicator}${r.indicator_en ? ` (${r.indicator_en})` : ""}`;
  const label = (action: StringKey) => t("reviewActionLabel", { action: t(action), record: recordName(r) });
  return (
    <li>
      <article aria-label={recordName(r)} style={{ borderBottom: "1px solid #ddd", paddingBottom: 8 }}>
        <div style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
          <Text weight="semibold">{title}</Text>
          <Text>
            · {r.region} · {r.year} · {t(`kind_${r.kind}`)} · {formatValue(r, lang) || "—"}
          </Text>
          <Badge
            appearance="outline"
            color={r.confidence < 0.6 ? "danger" : r.confidence < 0.8 ? "warning" : "success"}
          >
            {t("colConfidence")} {Math.round(r.confidence * 100)}%
          </Badge>
          {correction && (
            <Badge appearance="filled" color="informative">
              {t(correction.action === "edit" ? "reviewEdited" : "reviewAccepted")}
            </Badge>
          )}
        </div>
        <blockquote aria-label={t("reviewSource")} style={{ margin: "4px 0", fontSize: 13 }}>
          {parts.map((p, i) =>
            p.mark === "value" ? (
              <mark key={i} style={{ fontWeight: 600 }}>
                {p.text}
              </mark>
            ) : p.mark === "quote" ? (
              <strong key={i} style={{ fontWeight: 400, textDecoration: "underline" }}>
                {p.text}
              </strong>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </blockquote>
        {editing ? (
          <EditForm
            record={r}
            t={t}
            onCancel={() => setEditing(false)}
            onSave={(fields) => {
              setEditing(false);
              onEdit(fields);
            }}
          />
        ) : (
          <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
            <Button
              size="small"
              onClick={onAccept}
              disabled={correction?.action === "accept"}
              aria-label={label("reviewAccept")}
            >
              {t("reviewAccept")}
            </Button>
            <Button size="small" onClick={() => setEditing(true)} aria-label={label("reviewEdit")}>
              {t("reviewEdit")}
            </Button>
            <Button size="small" onClick={onReject} aria-label={label("reviewReject")}>
              {t("reviewReject")}
            </Button>
            {correction && (
              <Button size="small" appearance="subtle" onClick={onUndo} aria-label={label("reviewUndo")}>
                {t("reviewUndo")}
              </Button>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

function EditForm({
  record,
  t,
  onSave,
  onCancel,
}: {
  record: IndicatorRecord;
  t: Translate;
  onSave(fields: RecordEdit): void;
  onCancel(): void;
}) {
  const [value, setValue] = useState(record.value === null ? "" : String(record.value));
  const [unit, setUnit] = useState(record.unit);
  const [year, setYear] = useState(String(record.year));
  const [qualifier, setQualifier] = useState<Qualifier>(record.qualifier);
  const [indicator, setIndicator] = useState(record.indicator);
  const [problem, setProblem] = useState<string>();

  const save = () => {
    const v = value.trim() === "" ? null : Number(value.normalize("NFKC").replace(/,/g, ""));
    if (v !== null && !Number.isFinite(v)) return setProblem(t("reviewBadNumber", { value }));
    const y = Number(year);
    if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX)
      return setProblem(t("reviewBadYear", { value: year }));
    // Only what changed is stored, so a later re-extraction's other fields still come through.
    const fields: RecordEdit = {};
    if (v !== record.value) fields.value = v;
    if (unit.trim() !== record.unit) fields.unit = unit.trim();
    if (y !== record.year) fields.year = y;
    if (qualifier !== record.qualifier) fields.qualifier = qualifier;
    if (indicator.trim() && indicator.trim() !== record.indicator) fields.indicator = indicator.trim();
    onSave(fields);
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 6 }}>
      <Field label={t("colValue")}>
        <Input value={value} onChange={(_e, d) => setValue(d.value)} />
      </Field>
      <Field label={t("fieldUnit")}>
        <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
      </Field>
      <Field label={t("colYear")}>
        <Input value={year} onChange={(_e, d) => setYear(d.value)} />
      </Field>
      <Field label={t("fieldQualifier")}>
        <Select value={qualifier} onChange={(_e, d) => setQualifier(d.value as Qualifier)}>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {t(QUALIFIER_WORDS[q])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("colIndicator")} style={{ gridColumn: "1 / span 2" }}>
        <Input value={indicator} onChange={(_e, d) => setIndicator(d.value)} />
      </Field>
      {problem && (
        <Text role="alert" style={{ gridColumn: "1 / span 2", color: "#a4262c" }}>
          {problem}
        </Text>
      )}
      <div style={{ display: "flex", gap: 6 }}>
        <Button size="small" appearance="primary" onClick={save}>
          {t("reviewSave")}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t("reviewCancel")}
        </Button>
      </div>
    </div>
  );
}
