/**
 * Dashboard: pick a region and indicators that have a target, then write a dashboard sheet (status
 * overview, one block and native line chart per indicator; src/excel/dashboard.ts) through
 * PaneServices.createDashboard. The indicator filter is the pane's forgiving search (typos, traditional
 * characters, pinyin). Disabled, with the reason, outside Excel or where Excel lacks what the sheet needs.
 */
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { goalsOf } from "../../model/plan";
import type { PlanStore } from "../../model/store";
import type { SectionContext } from "../App";
import { Doc, localName, useStrings } from "../i18n";
import { prepareQuery, searchIndicators } from "../search";
import { Notice, useActions } from "../shell";
import type { Language, StringKey } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Long names must not widen the pane: the select shrinks and its text is cut off.
  select: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  input: { minWidth: 0, width: "100%" },
  list: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    padding: 0,
    margin: 0,
    minWidth: 0,
    maxHeight: "18rem",
    overflowY: "auto",
    overflowX: "hidden",
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  label: { overflowWrap: "anywhere", minWidth: 0 },
  caption: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

interface TargetIndicator {
  id: string;
  label: string;
  years: number[];
}

/** Per region, the indicators with at least one target the dashboard can follow, in the store's order. */
function targetIndicators(store: PlanStore, lang: Language): Map<string, TargetIndicator[]> {
  const byRegion = new Map<string, TargetIndicator[]>();
  for (const region of store.regions.values()) {
    const list: TargetIndicator[] = [];
    for (const series of store.seriesOf(region.id)) {
      const years = [...new Set(goalsOf(store, series).map((g) => g.year))].sort((a, b) => a - b);
      if (years.length === 0) continue;
      const info = store.indicators.get(series.indicatorId);
      const zh = info?.name_zh ?? store.describeIndicator(series.indicatorId);
      list.push({ id: series.indicatorId, label: localName(zh, info?.name_en, lang), years });
    }
    if (list.length > 0) byRegion.set(region.id, list);
  }
  return byRegion;
}

/** Why the button is disabled, if it is: outside Excel, an Excel too old, or a build without the writer. */
function blocker(context: SectionContext): StringKey | undefined {
  const { host, services } = context;
  if (!host.inExcel) return "dashboardNeedsExcel";
  if (!services.createDashboard) return "dashboardUnavailable";
  return services.requirements().available.has("dashboard") ? undefined : "dashboardNeedsCharts";
}

export function DashboardSection({ context }: { context: SectionContext }) {
  const { store, services, searchIndex } = context;
  const { lang, t } = useStrings();
  const styles = useStyles();
  const byRegion = useMemo(() => targetIndicators(store, lang), [store, lang]);
  const regionIds = [...byRegion.keys()];
  const [regionChoice, setRegionChoice] = useState(context.formula.regionId);
  const regionId = regionChoice && byRegion.has(regionChoice) ? regionChoice : (regionIds[0] ?? "");
  const available = byRegion.get(regionId) ?? [];
  const [query, setQuery] = useState("");
  const [prepared, setPrepared] = useState(0);
  const [picks, setPicks] = useState<ReadonlySet<string>>(new Set());
  const { outcome, setOutcome, busy, run } = useActions((message) => t("dashboardFailed", { message }));
  const reason = blocker(context);

  // Pinyin and the traditional converter load on demand; searching again when they are there.
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    void prepareQuery(searchIndex(), query).then(() => live && setPrepared((n) => n + 1));
    return () => {
      live = false;
    };
  }, [query, searchIndex]);

  const shown = useMemo(() => {
    if (!query.trim()) return available;
    const byId = new Map(available.map((i) => [i.id, i]));
    return searchIndicators(searchIndex(), query, regionId).flatMap((hit) => byId.get(hit.id) ?? []);
    // `prepared` re-runs the search once pinyin or the converter has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [available, query, regionId, searchIndex, prepared]);
  const chosen = available.filter((i) => picks.has(i.id));

  function chooseRegion(id: string) {
    setRegionChoice(id);
    setPicks(new Set());
    setOutcome(undefined);
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(picks);
    if (on) next.add(id);
    else next.delete(id);
    setPicks(next);
  }

  async function create() {
    if (!services.createDashboard) return;
    if (chosen.length === 0) {
      setOutcome({ intent: "error", text: t("dashboardChooseOne") });
      return;
    }
    const create = services.createDashboard;
    await run(
      async () => {
        const picked = chosen.map((i) => ({ regionId, indicatorId: i.id }));
        const result = await create(store, picked, lang);
        return result.indicators === 0
          ? { intent: "info", text: t("dashboardEmpty") }
          : {
              intent: "success",
              text: t("dashboardDone", { sheet: result.sheetName, count: result.indicators }),
            };
      },
      { intent: "info", text: t("dashboardCreating") },
    );
  }

  if (regionIds.length === 0) {
    return <Notice intent="info">{t("dashboardNoRegions")}</Notice>;
  }

  return (
    <section aria-labelledby="dashboard-heading" className={styles.section}>
      <h2 id="dashboard-heading" className={styles.heading}>
        {t("dashboardHeading")}
      </h2>
      <Text size={200}>{t("dashboardExplain")}</Text>
      <Field label={t("dashboardRegion")} className={styles.select}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={regionId}
          onChange={(_e, d) => chooseRegion(d.value)}
        >
          {regionIds.map((id) => {
            const region = store.regions.get(id)!;
            return (
              <option key={id} value={id}>
                {localName(region.name, region.name_en, lang)}
              </option>
            );
          })}
        </Select>
      </Field>
      <Field label={t("dashboardFilter")}>
        <Input
          type="search"
          className={styles.input}
          value={query}
          placeholder={t("dashboardFilterPlaceholder")}
          onChange={(_e, d) => setQuery(d.value)}
        />
      </Field>
      <fieldset className={styles.list}>
        <legend className={styles.legend}>{t("dashboardIndicators")}</legend>
        {shown.length === 0 && (
          <Text size={200} className={styles.caption}>
            {t("dashboardNoIndicators")}
          </Text>
        )}
        {shown.map((i) => (
          <Checkbox
            key={i.id}
            checked={picks.has(i.id)}
            onChange={(_e, d) => toggle(i.id, d.checked === true)}
            label={{
              className: styles.label,
              children: (
                <>
                  <Doc>{i.label}</Doc>{" "}
                  <span className={styles.caption}>
                    ({t("dashboardTargetYears", { years: i.years.join(t("listSeparator")) })})
                  </span>
                </>
              ),
            }}
          />
        ))}
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={create} disabled={reason !== undefined || busy}>
          {t("dashboardCreate")}
        </Button>
        <Text size={200}>{t("dashboardChosen", { count: chosen.length })}</Text>
        {chosen.length > 0 && (
          <Button appearance="subtle" onClick={() => setPicks(new Set())} disabled={busy}>
            {t("dashboardClear")}
          </Button>
        )}
      </div>
      {reason && <Text size={200}>{t(reason)}</Text>}
      <div role="status" aria-live="polite">
        {outcome && <Notice intent={outcome.intent}>{outcome.text}</Notice>}
      </div>
    </section>
  );
}
