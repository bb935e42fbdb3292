/**
 * Review of extracted values: records with the lowest confidence first, each with its source passage and
 * the value highlighted; the reviewer accepts, edits (value, unit, year, qualifier, indicator) or rejects.
 * Decisions go to `onCorrect` as Corrections keyed by record id; the parent stores them and re-applies
 * the data. Rejected records and corrections whose record has vanished stay listed and can be undone.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { reviewOrder, snapshotOf, type Correction, type RecordEdit } from "../../model/corrections";
import { YEAR_MAX, YEAR_MIN, type IndicatorRecord, type Qualifier } from "../../record";
import { panelText, type PanelLanguage, type PanelStringKey } from "../import/strings";
import { passageParts } from "./highlight";

export interface ReviewPanelProps {
  lang?: PanelLanguage;
  /** The records as the add-in uses them (corrections applied; rejected ones absent). */
  records: readonly IndicatorRecord[];
  corrections: readonly Correction[];
  /** Corrections whose record is no longer in the data (from applyUserDataWithReport). */
  orphans?: readonly Correction[];
  /** Corrections matched to a record with a new id (ApplyReport.reattached). */
  reattached?: readonly { id: string; to: string }[];
  /** The full text of a document where the pane has it (imported documents), for context. */
  documentText?: (doc: string) => string | undefined;
  /** A document's title for the document filter (its id otherwise). */
  documentTitle?: (doc: string) => string | undefined;
  onCorrect(correction: Correction): Promise<void> | void;
  /** Removes the correction of a record (undo, or dropping an orphan). */
  onUndo(id: string): Promise<void> | void;
  now?: () => Date;
  pageSize?: number;
}

type Translate = (key: PanelStringKey, values?: Record<string, string | number>) => string;

const QUALIFIERS: Qualifier[] = ["=", "~", ">=", ">", "<=", "<"];
const MIN_YEAR = YEAR_MIN;
const MAX_YEAR = YEAR_MAX;

function formatValue(r: {
  value: number | null;
  value_max?: number;
  unit: string;
  qualifier?: Qualifier;
  text?: string;
}) {
  if (r.value === null) return r.text ?? "—";
  const q = !r.qualifier || r.qualifier === "=" ? "" : `${r.qualifier} `;
  const range = r.value_max !== undefined ? `${r.value}–${r.value_max}` : String(r.value);
  return `${q}${range} ${r.unit}`.trim();
}

export function ReviewPanel({
  lang = "en",
  records,
  corrections,
  orphans = [],
  reattached = [],
  documentText,
  documentTitle,
  onCorrect,
  onUndo,
  now = () => new Date(),
  pageSize = 30,
}: ReviewPanelProps) {
  const t: Translate = (key, values) => panelText(lang, key, values);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [docFilter, setDocFilter] = useState("");
  const [shown, setShown] = useState(pageSize);
  const [error, setError] = useState<string>();
  // The correction that applies to each record, by the record's (possibly new) id.
  const byId = useMemo(() => {
    const map = new Map(corrections.map((c) => [c.id, c]));
    for (const { id, to } of reattached) {
      const c = map.get(id);
      if (c) map.set(to, c);
    }
    return map;
  }, [corrections, reattached]);
  const ordered = useMemo(() => reviewOrder(records), [records]);
  const docs = useMemo(() => [...new Set(records.map((r) => r.doc))].sort(), [records]);
  const visible = ordered.filter(
    (r) => (!docFilter || r.doc === docFilter) && (!onlyOpen || !byId.has(r.id)),
  );
  const reviewed = records.filter((r) => byId.has(r.id)).length;
  const rejected = corrections.filter((c) => c.action === "reject" && !orphans.some((o) => o.id === c.id));

  const run = async (action: () => Promise<void> | void) => {
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(t("reviewSaveFailed", { message: (e as Error).message }));
    }
  };
  const decide = (
    record: IndicatorRecord,
    decision: { action: "accept" } | { action: "reject" } | { action: "edit"; fields: RecordEdit },
  ) =>
    run(() =>
      onCorrect({
        id: record.id,
        at: now().toISOString(),
        snapshot: snapshotOf(record),
        ...decision,
      } as Correction),
    );

  return (
    <section aria-labelledby="review-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Subtitle2 as="h2" id="review-heading">
        {t("reviewHeading")}
      </Subtitle2>
      <Text>
        {t("reviewCount", { open: records.length - reviewed, done: reviewed, total: records.length })}
      </Text>
      {docs.length > 1 && (
        <Field label={t("reviewDocLabel")}>
          <Select value={docFilter} onChange={(_e, d) => setDocFilter(d.value)}>
            <option value="">{t("reviewAllDocs")}</option>
            {docs.map((d) => (
              <option key={d} value={d}>
                {documentTitle?.(d) ?? d}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Checkbox
        checked={onlyOpen}
        onChange={(_e, d) => setOnlyOpen(!!d.checked)}
        label={t("reviewOnlyOpen")}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {visible.length === 0 && <Text>{t("reviewEmpty")}</Text>}
      <ul
        style={{
          listStyle: "none",
          padding: 0,
          margin: 0,
          display: "flex",
          flexDirection: "column",
          gap: 12,
        }}
      >
        {visible.slice(0, shown).map((r) => (
          <ReviewItem
            key={r.id}
            record={r}
            correction={byId.get(r.id)}
            text={documentText?.(r.doc)}
            t={t}
            onAccept={() => decide(r, { action: "accept" })}
            onReject={() => decide(r, { action: "reject" })}
            onEdit={(fields) => decide(r, { action: "edit", fields })}
            onUndo={() => run(() => onUndo(byId.get(r.id)?.id ?? r.id))}
          />
        ))}
      </ul>
      {visible.length > shown && (
        <Button onClick={() => setShown(shown + pageSize)}>
          {t("reviewMore", { count: Math.min(pageSize, visible.length - shown) })}
        </Button>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{t("reviewRejectedHeading", { count: rejected.length })}</summary>
          <ul>
            {rejected.map((c) => (
              <li key={c.id}>
                {c.snapshot ? describeSnapshot(c) : c.id}{" "}
                <Button size="small" onClick={() => run(() => onUndo(c.id))}>
                  {t("reviewUndo")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {orphans.length > 0 && (
        <details>
          <summary>{t("reviewOrphansHeading", { count: orphans.length })}</summary>
          <Text size={200}>{t("reviewOrphansNote")}</Text>
          <ul>
            {orphans.map((c) => (
              <li key={c.id}>
                {c.snapshot ? describeSnapshot(c) : c.id} ({c.action}){" "}
                <Button size="small" onClick={() => run(() => onUndo(c.id))}>
                  {t("reviewRemove")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function describeSnapshot(c: Correction): string {
  const s = c.snapshot!;
  return `${s.region} · ${s.indicator} · ${s.year} · ${formatValue(s)} (${s.doc})`;
}

interface ItemProps {
  record: IndicatorRecord;
  correction?: Correction;
  text?: string;
  t: Translate;
  onAccept(): void;
  onReject(): void;
  onEdit(fields: RecordEdit): void;
  onUndo(): void;
}

function ReviewItem({ record: r, correction, text, t, onAccept, onReject, onEdit, onUndo }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const original = correction?.snapshot?.value;
  const parts = passageParts(r, text, original);
  const title = `${r.indicator}${r.indicator_en ? ` (${r.indicator_en})` : ""}`;
  return (
    <li>
      <article
        aria-label={`${title}, ${r.region}, ${r.year}`}
        style={{ borderBottom: "1px solid #ddd", paddingBottom: 8 }}
      >
        <div style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
          <Text weight="semibold">{title}</Text>
          <Text>
            · {r.region} · {r.year} · {t(`kind_${r.kind}`)} · {formatValue(r)}
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
          <div style={{ display: "flex", gap: 6 }}>
            <Button size="small" onClick={onAccept} disabled={correction?.action === "accept"}>
              {t("reviewAccept")}
            </Button>
            <Button size="small" onClick={() => setEditing(true)}>
              {t("reviewEdit")}
            </Button>
            <Button size="small" onClick={onReject}>
              {t("reviewReject")}
            </Button>
            {correction && (
              <Button size="small" appearance="subtle" onClick={onUndo}>
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
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)
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
              {q}
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
