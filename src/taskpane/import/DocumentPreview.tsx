/**
 * The extracted document before it joins the data: what it is (region, plan type, period, publication
 * year, asked for when the text does not give it), whether it is already in the data (replace it or keep
 * both), and its records, one line each at the pane's 320 px, expandable to the quoted passage, filtered
 * by kind and confidence.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { IndicatorRecord, Kind, PlanType, RegionInfo } from "../../record";
import type { SameDocument } from "./identity";
import type { ImportOutput } from "./pipeline";
import { recordLineParts } from "./record-line";
import { ChoiceField } from "../components/ChoiceField";
import type { Strings } from "../i18n";
import { warningText } from "./extract-warnings";
import type { Language, StringKey } from "../strings";

export const NEW_REGION = "__new__";
/** Fluent's fields and inputs are as wide as their content by default: at 320 px they must shrink (ChoiceField does so for drop-downs). */
const SHRINK = { minWidth: 0 };
const PAGE = 50;
const HIGH_CONFIDENCE = 0.7;
const PLAN_TYPES: PlanType[] = ["five-year", "annual", "work-report", "news", "other"];
const KINDS: Kind[] = ["target", "actual", "estimate"];
const planKey = (p: PlanType) => `plan_${p.replace("-", "_")}` as StringKey;

export interface DocumentFacts {
  planType: PlanType;
  periodStart: string;
  periodEnd: string;
  /** Publication year typed by the user (only asked when the text gives no date). */
  year: string;
}

export type SameChoice = "replace" | "keep";
type T = Strings["t"];

export interface DocumentPreviewProps {
  output: ImportOutput;
  t: T;
  lang: Language;
  regions: readonly RegionInfo[];
  regionChoice: string;
  setRegionChoice(id: string): void;
  newRegion: { name: string; name_en: string };
  setNewRegion(r: { name: string; name_en: string }): void;
  facts: DocumentFacts;
  setFacts(f: DocumentFacts): void;
  same?: SameDocument;
  sameChoice: SameChoice;
  setSameChoice(c: SameChoice): void;
  error?: string;
  adding: boolean;
  onAdd(): void;
  onDiscard(): void;
  /** Extract again with the publication year typed in `facts.year`. */
  onReread(): void;
}

export function DocumentPreview(p: DocumentPreviewProps) {
  const { output, t, lang, facts, setFacts } = p;
  const { document, records, warnings } = output.extraction;
  const title = document.title || document.doc;
  const yearField = (
    <Field label={t("docPublished")} hint={t("docPublishedAsk")} required>
      <Input
        style={SHRINK}
        inputMode="numeric"
        value={facts.year}
        onChange={(_e, d) => setFacts({ ...facts, year: d.value })}
      />
    </Field>
  );
  if (records.length === 0) {
    // a text without its year may have no datable figure: read it again once the user gives the year
    return (
      <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
        <MessageBar intent="warning">
          <MessageBarBody>{t("docNone")}</MessageBarBody>
        </MessageBar>
        {!document.published && (
          <>
            {yearField}
            {p.error && (
              <MessageBar intent="error">
                <MessageBarBody>{p.error}</MessageBarBody>
              </MessageBar>
            )}
            <Button onClick={p.onReread}>{t("docReread")}</Button>
          </>
        )}
      </div>
    );
  }
  const regionLabel = (r: RegionInfo) =>
    lang === "zh" ? `${r.name} (${r.name_en})` : `${r.name_en} (${r.name})`;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8, minWidth: 0 }}>
      <Text>{t("docFound", { count: records.length, title })}</Text>
      <Text size={200}>
        {t("docFileRead", {
          name: document.doc,
          encoding: output.encoding,
          html: output.wasHtml ? t("docHtmlNote") : "",
        })}
      </Text>
      {p.same && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(p.same.reason === "text" ? "docSameText" : "docSameTitle", {
              title: p.same.known.title || p.same.known.doc,
            })}
            <RadioGroup
              value={p.sameChoice}
              onChange={(_e, d) => p.setSameChoice(d.value as SameChoice)}
              aria-label={t("docSameText", { title: p.same.known.title || p.same.known.doc })}
            >
              <Radio value="replace" label={t("docReplace")} />
              <Radio value="keep" label={t("docKeepBoth")} />
            </RadioGroup>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* a fieldset is as wide as its widest option by default: at 320 px it must shrink */}
      <fieldset
        style={{
          border: "none",
          padding: 0,
          margin: 0,
          display: "grid",
          gridTemplateColumns: "minmax(0, 1fr)",
          gap: 4,
          minWidth: 0,
        }}
      >
        <legend>{t("docFactsHeading")}</legend>
        <ChoiceField
          label={t("docRegionLabel")}
          value={p.regionChoice}
          onChange={p.setRegionChoice}
          choices={[
            ...p.regions.map((r) => ({ value: r.id, label: regionLabel(r) })),
            { value: NEW_REGION, label: t("docRegionNew") },
          ]}
        />
        {p.regionChoice === NEW_REGION && (
          <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
            <Field label={t("docRegionNameLabel")} style={{ flex: "1 1 120px", minWidth: 0 }}>
              <Input
                style={SHRINK}
                value={p.newRegion.name}
                onChange={(_e, d) => p.setNewRegion({ ...p.newRegion, name: d.value })}
              />
            </Field>
            <Field label={t("docRegionEnLabel")} style={{ flex: "1 1 120px", minWidth: 0 }}>
              <Input
                style={SHRINK}
                value={p.newRegion.name_en}
                onChange={(_e, d) => p.setNewRegion({ ...p.newRegion, name_en: d.value })}
              />
            </Field>
          </div>
        )}
        <ChoiceField
          label={t("docPlanType")}
          value={facts.planType}
          onChange={(v) => setFacts({ ...facts, planType: v as PlanType })}
          choices={PLAN_TYPES.map((pt) => ({ value: pt, label: t(planKey(pt)) }))}
        />
        <div style={{ display: "flex", gap: 8 }}>
          <Field label={t("docPeriodStart")} style={{ flex: 1, minWidth: 0 }}>
            <Input
              style={SHRINK}
              inputMode="numeric"
              value={facts.periodStart}
              onChange={(_e, d) => setFacts({ ...facts, periodStart: d.value })}
            />
          </Field>
          <Field label={t("docPeriodEnd")} style={{ flex: 1, minWidth: 0 }}>
            <Input
              style={SHRINK}
              inputMode="numeric"
              value={facts.periodEnd}
              onChange={(_e, d) => setFacts({ ...facts, periodEnd: d.value })}
            />
          </Field>
        </div>
        {document.published ? (
          <Text size={200}>
            {t("docPublished")}: {t("docPublishedFromText", { date: document.published })}
          </Text>
        ) : (
          yearField
        )}
      </fieldset>
      <RecordList records={records} t={t} lang={lang} />
      {warnings.length > 0 && (
        <details>
          <summary>{t("docWarnings")}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{warningText(w, t)}</li>
            ))}
          </ul>
        </details>
      )}
      {p.error && (
        <MessageBar intent="error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" onClick={p.onAdd} disabled={p.adding}>
          {t("docAdd", { count: records.length })}
        </Button>
        <Button onClick={p.onDiscard} disabled={p.adding}>
          {t("docDiscard")}
        </Button>
      </div>
    </div>
  );
}

type Confidence = "all" | "low" | "high";

/** The records, one line each (ellipsis at the pane's width), the quote below when opened. */
export function RecordList({
  records,
  t,
  lang,
}: {
  records: readonly IndicatorRecord[];
  t: T;
  lang: Language;
}) {
  const [kind, setKind] = useState<Kind | "all">("all");
  const [confidence, setConfidence] = useState<Confidence>("all");
  const [limit, setLimit] = useState(PAGE);
  const shown = records.filter(
    (r) =>
      (kind === "all" || r.kind === kind) &&
      (confidence === "all" || (confidence === "high") === r.confidence >= HIGH_CONFIDENCE),
  );
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4, minWidth: 0 }}>
      <div style={{ display: "flex", gap: 8 }}>
        <ChoiceField
          inRow
          label={t("docFilterKind")}
          value={kind}
          onChange={(v) => setKind(v as Kind | "all")}
          choices={[
            { value: "all", label: t("docFilterAll") },
            ...KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) })),
          ]}
        />
        <ChoiceField
          inRow
          label={t("docFilterConfidence")}
          value={confidence}
          onChange={(v) => setConfidence(v as Confidence)}
          choices={(["all", "low", "high"] as const).map((c) => ({ value: c, label: t(`conf_${c}`) }))}
        />
      </div>
      <Text size={200} role="status">
        {t("docShowing", { shown: Math.min(limit, shown.length), count: shown.length })}
      </Text>
      <ul
        aria-label={t("docPreviewCaption", { shown: Math.min(limit, shown.length), count: records.length })}
        style={{ listStyle: "none", margin: 0, padding: 0 }}
      >
        {shown.slice(0, limit).map((r) => {
          const parts = recordLineParts(r, lang, (key) => t(key));
          return (
            <li key={r.id} style={{ borderBottom: "1px solid #e0e0e0", padding: "2px 0" }}>
              <details>
                <summary
                  style={{
                    whiteSpace: "nowrap",
                    overflow: "hidden",
                    textOverflow: "ellipsis",
                    cursor: "pointer",
                  }}
                  title={`${parts.indicator} · ${parts.value} · ${parts.period} · ${parts.kind} · ${parts.measure}`}
                >
                  {/* the value right after the indicator, so the pane's width never hides it */}
                  <b>{parts.indicator}</b> ·{" "}
                  <span style={{ fontVariantNumeric: "tabular-nums" }}>{parts.value}</span> · {parts.period} ·{" "}
                  {parts.kind} · {parts.measure}
                  {r.confidence < HIGH_CONFIDENCE && ` · ${Math.round(r.confidence * 100)}%`}
                </summary>
                <blockquote style={{ margin: "4px 0 4px 12px", whiteSpace: "normal" }}>{r.quote}</blockquote>
              </details>
            </li>
          );
        })}
      </ul>
      {shown.length > limit && <Button onClick={() => setLimit(limit + PAGE)}>{t("docShowMore")}</Button>}
    </div>
  );
}
