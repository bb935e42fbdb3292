/** Insert a PLAN formula for the open indicator at the selected cell (or show it, outside Excel). */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  INSERTABLE,
  type InsertableFunction,
  buildFormula,
  regionArgument,
} from "../../excel/insert-formula";
import type { IndicatorRecord } from "../../record";
import type { PlanStore } from "../../model/store";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    minWidth: 0,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  // Long region names must not widen the pane: the select shrinks and its text is cut off.
  select: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface InsertFormulaProps {
  store: PlanStore;
  indicatorId: string;
  records: readonly IndicatorRecord[];
  /** Absent when the host cannot insert (outside Excel or a missing requirement set). */
  insert?: (formula: string) => Promise<string>;
}

type Outcome = { ok: true; text: string } | { ok: false; text: string };

export function InsertFormula({ store, indicatorId, records, insert }: InsertFormulaProps) {
  const { t } = useStrings();
  const styles = useStyles();
  // Regions with the most targets first; the latest target year first.
  const regionIds = useMemo(() => {
    const targets = new Map<string, number>();
    for (const r of records)
      targets.set(r.region_id, (targets.get(r.region_id) ?? 0) + (r.kind === "target" ? 1 : 0));
    return [...targets.keys()].sort((a, b) => targets.get(b)! - targets.get(a)!);
  }, [records]);
  const [fn, setFn] = useState<InsertableFunction>("TARGET");
  const [regionId, setRegionId] = useState(regionIds[0] ?? "");
  const years = useMemo(() => {
    const mine = records.filter((r) => r.region_id === regionId);
    const targetYears = new Set(mine.filter((r) => r.kind === "target").map((r) => r.year));
    const rank = (y: number) => (targetYears.has(y) ? 0 : 1);
    return [...new Set(mine.map((r) => r.year))].sort((a, b) => rank(a) - rank(b) || b - a);
  }, [records, regionId]);
  const [year, setYear] = useState<number | undefined>(years[0]);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const spec = INSERTABLE.find((f) => f.name === fn)!;
  const chosenYear = year !== undefined && years.includes(year) ? year : years[0];
  const region = store.regions.get(regionId);
  const regionArg = region
    ? regionArgument(region, (name) => {
        const resolution = store.resolveRegion(name);
        return resolution.ok ? resolution.id : undefined;
      })
    : regionId;
  const indicatorInfo = store.indicators.get(indicatorId);
  const indicatorArg = indicatorInfo?.code ?? indicatorId;
  const formula = buildFormula(fn, regionArg, indicatorArg, spec.year === "none" ? undefined : chosenYear);

  async function onInsert() {
    if (!insert) return;
    setBusy(true);
    try {
      const address = await insert(formula);
      setOutcome({ ok: true, text: t("insertDone", { formula, address }) });
    } catch (error) {
      setOutcome({ ok: false, text: t("insertFailed", { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label={t("insertHeading")} className={styles.form}>
      <Subtitle2 as="h3">{t("insertHeading")}</Subtitle2>
      <Field label={t("insertFunction")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={fn}
          onChange={(_e, d) => setFn(d.value as InsertableFunction)}
        >
          {INSERTABLE.map((f) => (
            <option key={f.name} value={f.name}>
              PLAN.{f.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("insertRegion")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={regionId}
          onChange={(_e, d) => setRegionId(d.value)}
        >
          {regionIds.map((id) => (
            <option key={id} value={id}>
              {store.describeRegion(id)}
            </option>
          ))}
        </Select>
      </Field>
      {spec.year !== "none" && (
        <Field label={t("insertYear")}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={String(chosenYear ?? "")}
            onChange={(_e, d) => setYear(Number(d.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <code className={styles.formula} aria-label={t("copyFormula", { formula })}>
        {formula}
      </code>
      {insert && (
        <Button appearance="primary" onClick={onInsert} disabled={busy}>
          {t("insertButton")}
        </Button>
      )}
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
