/**
 * Review of extracted values: records with the lowest confidence first, each with its source passage and
 * the value highlighted; the reviewer accepts, edits (value, unit, year, qualifier, indicator) or rejects,
 * one by one or "accept all shown at or above" a confidence. Filters by document, kind and confidence.
 * The order is fixed when a record is first listed, so a decided record keeps its place. By default only
 * the user's own imports are listed (`isOwn`): the built-in data has been checked already.
 * Decisions go to `onCorrect` (`onCorrectMany` for a batch) as Corrections keyed by record id; the parent
 * stores them and re-applies the data. A reject can be undone at once, and rejected records and
 * corrections whose record has vanished stay listed and can be undone.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { reviewOrder, snapshotOf, type Correction, type RecordEdit } from "../../model/corrections";
import type { IndicatorRecord, Kind } from "../../record";
import { errorText, useStrings } from "../i18n";
import type { Language, StringKey } from "../strings";
import { formatValue } from "../format";
import { recordName, ReviewItem } from "./ReviewItem";
import { ChoiceField } from "../components/ChoiceField";
import "../import/strings-data"; // the import and review entries of the string table

export interface ReviewPanelProps {
  lang?: Language;
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
  /** Stores several decisions at once (accept all above a threshold); else they go one by one. */
  onCorrectMany?(corrections: Correction[]): Promise<void> | void;
  /** Whether a record is the user's own (imported); others are listed only on request. Default: all are. */
  isOwn?: (record: IndicatorRecord) => boolean;
  /** Removes the correction of a record (undo, or dropping an orphan). */
  onUndo(id: string): Promise<void> | void;
  now?: () => Date;
  pageSize?: number;
}

const KINDS: Kind[] = ["target", "actual", "estimate"];
/** A correction's action as the pane words it. */
const ACTION_WORDS: Record<Correction["action"], StringKey> = {
  accept: "reviewAccepted",
  edit: "reviewEdited",
  reject: "reviewRejected",
};
/** Confidence filter: records below this share (1 = any). */
const CONFIDENCE_LIMITS = [1, 0.8, 0.6];
const DEFAULT_THRESHOLD = 80;

export function ReviewPanel({
  lang: langProp,
  records,
  corrections,
  orphans = [],
  reattached = [],
  documentText,
  documentTitle,
  onCorrect,
  onCorrectMany,
  isOwn,
  onUndo,
  now = () => new Date(),
  pageSize = 30,
}: ReviewPanelProps) {
  const { lang, t } = useStrings(langProp);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [docFilter, setDocFilter] = useState("");
  const [kindFilter, setKindFilter] = useState<Kind | "">("");
  const [below, setBelow] = useState(1);
  const [threshold, setThreshold] = useState(String(DEFAULT_THRESHOLD));
  const [withBuiltin, setWithBuiltin] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: string }>();
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
  // Each record's place is fixed when it is first listed (lowest confidence first): accepting or editing
  // raises its confidence, and it must not jump out of view for that.
  const rank = useRef(new Map<string, number>());
  const inScope = useMemo(
    () => (withBuiltin || !isOwn ? records : records.filter(isOwn)),
    [records, isOwn, withBuiltin],
  );
  const ordered = useMemo(() => {
    for (const r of reviewOrder(inScope))
      if (!rank.current.has(r.id)) rank.current.set(r.id, rank.current.size);
    return [...inScope].sort((a, b) => rank.current.get(a.id)! - rank.current.get(b.id)!);
  }, [inScope]);
  const docs = useMemo(() => [...new Set(inScope.map((r) => r.doc))].sort(), [inScope]);
  const visible = ordered.filter(
    (r) =>
      (!docFilter || r.doc === docFilter) &&
      (!kindFilter || r.kind === kindFilter) &&
      (below === 1 || r.confidence < below) &&
      (!onlyOpen || !byId.has(r.id)),
  );
  const reviewed = inScope.filter((r) => byId.has(r.id)).length;
  const thresholdShare = Number(threshold) / 100;
  const acceptable =
    Number.isFinite(thresholdShare) && threshold.trim() !== ""
      ? visible.filter((r) => !byId.has(r.id) && r.confidence >= thresholdShare)
      : [];
  const rejected = corrections.filter((c) => c.action === "reject" && !orphans.some((o) => o.id === c.id));

  const run = async (action: () => Promise<void> | void): Promise<boolean> => {
    setError(undefined);
    try {
      await action();
      return true;
    } catch (e) {
      setError(t("reviewSaveFailed", { message: errorText(e, "notice_", t) }));
      return false;
    }
  };
  const correction = (
    record: IndicatorRecord,
    decision: { action: "accept" } | { action: "reject" } | { action: "edit"; fields: RecordEdit },
  ) => ({ id: record.id, at: now().toISOString(), snapshot: snapshotOf(record), ...decision }) as Correction;
  const decide = async (record: IndicatorRecord, decision: Parameters<typeof correction>[1]) => {
    const ok = await run(() => onCorrect(correction(record, decision)));
    if (ok && decision.action === "reject")
      setNotice({ text: t("reviewRejectedNotice", { record: recordName(record) }), undo: record.id });
    else if (ok) setNotice(undefined);
  };
  const acceptAll = async () => {
    const batch = acceptable.map((r) => correction(r, { action: "accept" }));
    const ok = await run(async () => {
      if (onCorrectMany) await onCorrectMany(batch);
      else for (const c of batch) await onCorrect(c);
    });
    if (ok) setNotice({ text: t("reviewAcceptedAll", { count: batch.length }) });
  };

  return (
    <section aria-labelledby="review-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Subtitle2 as="h2" id="review-heading">
        {t("reviewHeading")}
      </Subtitle2>
      <Text>
        {t("reviewCount", { open: inScope.length - reviewed, done: reviewed, total: inScope.length })}
      </Text>
      {isOwn && (
        <>
          {!withBuiltin && <Text size={200}>{t("reviewBuiltinNote")}</Text>}
          <Checkbox
            checked={withBuiltin}
            onChange={(_e, d) => setWithBuiltin(!!d.checked)}
            label={t("reviewIncludeBuiltin")}
          />
        </>
      )}
      {docs.length > 1 && (
        <ChoiceField
          label={t("reviewDocLabel")}
          value={docFilter}
          onChange={setDocFilter}
          choices={[
            { value: "", label: t("reviewAllDocs") },
            ...docs.map((d) => ({ value: d, label: documentTitle?.(d) ?? d })),
          ]}
        />
      )}
      <div style={{ display: "flex", gap: 8 }}>
        <ChoiceField
          inRow
          label={t("reviewFilterKind")}
          value={kindFilter}
          onChange={(v) => setKindFilter(v as Kind | "")}
          choices={[
            { value: "", label: t("docFilterAll") },
            ...KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) })),
          ]}
        />
        <ChoiceField
          inRow
          label={t("reviewFilterConfidence")}
          value={String(below)}
          onChange={(v) => setBelow(Number(v))}
          choices={CONFIDENCE_LIMITS.map((l) => ({
            value: String(l),
            label: l === 1 ? t("docFilterAll") : `${Math.round(l * 100)}%`,
          }))}
        />
      </div>
      <Checkbox
        checked={onlyOpen}
        onChange={(_e, d) => setOnlyOpen(!!d.checked)}
        label={t("reviewOnlyOpen")}
      />
      <div style={{ display: "flex", gap: 8, alignItems: "flex-end", flexWrap: "wrap" }}>
        <Field label={t("reviewThreshold")} style={{ width: 80 }}>
          <Input
            inputMode="numeric"
            value={threshold}
            onChange={(_e, d) => setThreshold(d.value)}
            contentAfter="%"
          />
        </Field>
        <Button onClick={acceptAll} disabled={acceptable.length === 0}>
          {t("reviewAcceptAbove", { percent: threshold })} ({acceptable.length})
        </Button>
      </div>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>
            {notice.text}{" "}
            {notice.undo && (
              <Button
                size="small"
                onClick={() => {
                  const id = notice.undo!;
                  void run(() => onUndo(id)).then((ok) => ok && setNotice(undefined));
                }}
              >
                {t("reviewUndo")}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
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
            lang={lang}
            t={t}
            onAccept={() => decide(r, { action: "accept" })}
            onReject={() => decide(r, { action: "reject" })}
            onEdit={(fields) => decide(r, { action: "edit", fields })}
            onUndo={() => void run(() => onUndo(byId.get(r.id)?.id ?? r.id))}
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
                {c.snapshot ? describeSnapshot(c, lang) : c.id}{" "}
                <Button
                  size="small"
                  onClick={() => run(() => onUndo(c.id))}
                  aria-label={t("reviewActionLabel", {
                    action: t("reviewUndo"),
                    record: c.snapshot ? describeSnapshot(c, lang) : c.id,
                  })}
                >
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
                {c.snapshot ? describeSnapshot(c, lang) : c.id} ({t(ACTION_WORDS[c.action])}){" "}
                <Button
                  size="small"
                  onClick={() => run(() => onUndo(c.id))}
                  aria-label={t("reviewActionLabel", {
                    action: t("reviewRemove"),
                    record: c.snapshot ? describeSnapshot(c, lang) : c.id,
                  })}
                >
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

function describeSnapshot(c: Correction, lang: Language): string {
  const s = c.snapshot!;
  return `${s.region} · ${s.indicator} · ${s.year} · ${formatValue(s, lang) || "—"} (${s.doc})`;
}
