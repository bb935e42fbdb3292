/**
 * The formula builder: indicator, region, function, the years that function can answer, a live preview
 * (the value or the exact error, computed by the registry the PLAN functions run), then insert at the
 * selected cell, fill a block across regions or years, or copy (outside Excel). It can read the PLAN
 * formula of the selected cell back for editing. Every outcome is announced (role="status").
 */
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useMemo, useState } from "react";
import type { SectionContext } from "../App";
import { excelDivisor } from "../../model/units";
import { formatAmount, formatNumber } from "../format";
import {
  BUILDER_FUNCTIONS,
  type Fill,
  type FormulaChoice,
  type Preview,
  answerableYears,
  builderFunction,
  formulaBlock,
  formulaText,
  parseFormula,
  preview,
  regionsOf,
} from "../formula";
import { localName, useStrings } from "../i18n";
import { Notice, useActions } from "../shell";
import type { StringKey } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Long names must not widen the pane: the select shrinks and its text is cut off.
  select: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "break-word",
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The model's messages are English; the Chinese pane says what the error code means first. */
const ERROR_MEANING: Record<string, StringKey> = {
  "#N/A": "errorMeaning_NA",
  "#VALUE!": "errorMeaning_VALUE",
  "#NUM!": "errorMeaning_NUM",
  "#NAME?": "errorMeaning_NAME",
};

export function FormulaSection({ context }: { context: SectionContext }) {
  const { store, services, canInsert, host, formula: initial } = context;
  const { lang, t } = useStrings();
  const styles = useStyles();
  const indicators = useMemo(() => {
    const ids = new Set(store.dataset.records.map((r) => r.indicator_id));
    return [...ids]
      .map((id) => {
        const info = store.indicators.get(id);
        return { id, label: localName(info?.name_zh ?? id, info?.name_en, lang) };
      })
      .sort((a, b) => a.label.localeCompare(b.label, lang === "zh" ? "zh-CN" : "en"));
  }, [store, lang]);
  const [choice, setChoice] = useState<Partial<FormulaChoice>>(() => ({
    fn: BUILDER_FUNCTIONS[0]?.name,
    indicatorId: indicators.find((i) => i.id === "gdp")?.id ?? indicators[0]?.id,
    ...initial,
  }));
  const [fill, setFill] = useState<Fill>("none");
  const { outcome, setOutcome, busy, run: act } = useActions((message) => t("insertFailed", { message }));

  const indicatorId = choice.indicatorId ?? "";
  const regionIds = useMemo(() => regionsOf(store, indicatorId), [store, indicatorId]);
  const regionId =
    choice.regionId && regionIds.includes(choice.regionId) ? choice.regionId : (regionIds[0] ?? "");
  const fn = choice.fn && builderFunction(choice.fn) ? choice.fn : BUILDER_FUNCTIONS[0]!.name;
  const spec = builderFunction(fn)!;
  const years = useMemo(
    () => answerableYears(store, fn, regionId, indicatorId),
    [store, fn, regionId, indicatorId],
  );
  // An optional year starts empty (the period's answer); a required one starts at the latest answerable year.
  const year =
    spec.year === "none"
      ? undefined
      : choice.year !== undefined && years.includes(choice.year)
        ? choice.year
        : spec.year === "optional"
          ? undefined
          : years[0];
  const full: FormulaChoice = { fn, regionId, indicatorId, year };
  const noYears = spec.year === "required" && years.length === 0;
  const result: Preview = preview(store, full);
  const text = formulaText(store, full);
  const block = fill === "none" ? [[text]] : formulaBlock(store, full, fill);
  const count = block.reduce((n, row) => n + row.length, 0);
  const unit = store.indicators.get(indicatorId)?.unit ?? "";

  function showValue(p: Preview): string {
    if (!p.ok) {
      const meaning = ERROR_MEANING[p.code];
      return t("insertPreviewError", {
        code: p.code,
        message: p.message,
        meaning: meaning ? t(meaning) : "",
      });
    }
    const v = p.value;
    const shown =
      typeof v !== "number"
        ? v
        : p.answer === "fraction"
          ? `${formatNumber(Math.round(v * 10000) / 100, lang)}%`
          : p.answer === "year"
            ? String(v)
            : // amounts in a percent unit come as Excel percentages (0.95): shown as written (95%)
              formatAmount(Math.round(v * excelDivisor(unit) * 100) / 100, unit, lang);
    return t("insertPreviewValue", { value: shown });
  }

  const insert = () =>
    act(async () => {
      if (count === 1) {
        const address = await services.insertFormula(text);
        const warning = result.ok ? "" : ` ${showValue(result)}`;
        return {
          intent: result.ok ? "success" : "info",
          text: t("insertDone", { formula: text, address }) + warning,
        };
      }
      const address = await services.insertFormulas(block);
      return { intent: "success", text: t("insertBlockDone", { count, address }) };
    });

  const readSelection = () =>
    act(async () => {
      const selected = await services.readSelectedFormula();
      const parsed = selected ? parseFormula(store, selected.formula) : undefined;
      if (!selected || !parsed) return { intent: "info", text: t("readSelectionNone") };
      setChoice(parsed);
      setFill("none");
      return {
        intent: "success",
        text: t("readSelectionDone", { formula: selected.formula, address: selected.address }),
      };
    });

  const copy = () =>
    act(async () => {
      const all = block.map((row) => row.join("\t")).join("\n");
      try {
        await services.copyText(all);
        return { intent: "success", text: t("copyDone", { formula: count === 1 ? text : `${count} ×` }) };
      } catch {
        return { intent: "error", text: t("copyFailed") };
      }
    });

  const set = (patch: Partial<FormulaChoice>) => {
    setChoice({ ...full, ...patch });
    setOutcome(undefined);
  };

  return (
    <section aria-labelledby="formula-heading" className={styles.form}>
      <h2 id="formula-heading" className={styles.heading}>
        {t("insertHeading")}
      </h2>
      {host.inExcel && (
        <div>
          <Button size="small" onClick={readSelection} disabled={busy}>
            {t("readSelection")}
          </Button>
        </div>
      )}
      <Field label={t("insertIndicator")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={indicatorId}
          onChange={(_e, d) => set({ indicatorId: d.value, regionId: undefined })}
        >
          {indicators.map((i) => (
            <option key={i.id} value={i.id} title={i.label}>
              {i.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("insertRegion")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={regionId}
          onChange={(_e, d) => set({ regionId: d.value })}
        >
          {regionIds.map((id) => {
            const region = store.regions.get(id);
            const label = region ? localName(region.name, region.name_en, lang) : id;
            return (
              <option key={id} value={id} title={label}>
                {label}
              </option>
            );
          })}
        </Select>
      </Field>
      <Field label={t("insertFunction")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={fn}
          onChange={(_e, d) => set({ fn: d.value })}
        >
          {BUILDER_FUNCTIONS.map((f) => (
            <option key={f.name} value={f.name}>
              PLAN.{f.name}
            </option>
          ))}
        </Select>
      </Field>
      {spec.year !== "none" && (years.length > 0 || spec.year === "optional") && (
        <Field label={t("insertYear")}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={String(year ?? "")}
            onChange={(_e, d) => set({ year: d.value === "" ? undefined : Number(d.value) })}
          >
            {spec.year === "optional" && <option value="">{t("insertNoYear")}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {noYears && <Notice intent="warning">{t("insertNoYears", { fn })}</Notice>}
      <Field label={t("insertFill")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={fill}
          onChange={(_e, d) => setFill(d.value as Fill)}
        >
          <option value="none">{t("insertFillNone")}</option>
          <option value="regions">{t("insertFillRegions")}</option>
          {spec.year !== "none" && <option value="years">{t("insertFillYears")}</option>}
        </Select>
      </Field>
      <code className={styles.formula} aria-label={t("copyFormula", { formula: text })}>
        {text.split(",").map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ","}
            {i > 0 && <wbr />}
            {part}
          </Fragment>
        ))}
        {count > 1 && ` (+${count - 1})`}
      </code>
      <Notice intent={result.ok ? "info" : "warning"}>
        <span lang={result.ok ? undefined : "en"}>{showValue(result)}</span>
      </Notice>
      <div className={styles.actions}>
        {canInsert && (
          <Button appearance="primary" onClick={insert} disabled={busy || noYears}>
            {count > 1 ? t("insertBlockButton", { count }) : t("insertButton")}
          </Button>
        )}
        {(!host.inExcel || !canInsert) && (
          <Button appearance={canInsert ? "secondary" : "primary"} onClick={copy} disabled={busy || noYears}>
            {t("copyButton")}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {outcome && <Notice intent={outcome.intent}>{outcome.text}</Notice>}
      </div>
    </section>
  );
}
