/**
 * Sheets: load region tables into worksheets (LoadPanel), refresh the workbook's region sheets (found by
 * their markers) from the current data with the time of the last refresh, and convert PLAN formulas to values for colleagues without
 * the add-in (behind a confirmation; the workbook side is PaneServices.convertFormulasToValues).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SectionContext } from "../App";
import { useStrings } from "../i18n";
import { Notice, useActions } from "../shell";
import { LoadPanel } from "./LoadPanel";

const LOADED_KEY = "loadedRegions";
const REFRESHED_KEY = "lastRefreshed";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function SheetsSection({ context }: { context: SectionContext }) {
  const { store, services, canLoad, lang } = context;
  const { t } = useStrings();
  const styles = useStyles();
  const { outcome, busy, run } = useActions((message) => t("actionFailed", { message }));
  const [confirming, setConfirming] = useState(false);
  const [refreshed, setRefreshed] = useState(() => services.readPreference(REFRESHED_KEY));
  const loaded = (services.readPreference(LOADED_KEY) ?? "")
    .split("\n")
    .filter((id) => store.regions.has(id));

  function remember(regionIds: string[]) {
    const all = [...new Set([...loaded, ...regionIds])];
    services.writePreference(LOADED_KEY, all.join("\n"));
    stamp();
  }

  function stamp() {
    const now = new Date().toISOString();
    services.writePreference(REFRESHED_KEY, now);
    setRefreshed(now);
  }

  const refresh = () =>
    run(async () => {
      // the workbook's own sheets say which regions it holds (also when opened on another computer);
      // the regions loaded from this pane are the fallback where the markers cannot be read
      const marked = services.loadedRegions ? await services.loadedRegions().catch(() => []) : [];
      const regions = [...new Set([...marked, ...loaded])].filter((id) => store.regions.has(id));
      if (regions.length === 0) return { intent: "info", text: t("refreshNone") };
      const results = await services.loadIntoSheets(store, regions, { lang });
      stamp();
      return {
        intent: "success",
        text: t("refreshDone", { count: results.filter((r) => r.error === undefined).length }),
      };
    });

  const convert = () =>
    run(async () => {
      setConfirming(false);
      if (!services.convertFormulasToValues) return { intent: "info", text: t("convertUnavailable") };
      const count = await services.convertFormulasToValues();
      return { intent: "success", text: t("convertDone", { count }) };
    });

  const refreshedText = refreshed
    ? t("lastRefreshed", {
        time: new Date(refreshed).toLocaleString(lang === "zh" ? "zh-CN" : "en-US", {
          dateStyle: "medium",
          timeStyle: "short",
        }),
      })
    : t("neverRefreshed");

  return (
    <div className={styles.section}>
      <LoadPanel store={store} services={services} canLoad={canLoad} onLoaded={remember} />
      <section aria-labelledby="share-heading" className={styles.group}>
        <h2 id="share-heading" className={styles.heading}>
          {t("refreshHeading")}
        </h2>
        <div className={styles.actions}>
          <Button onClick={refresh} disabled={!canLoad || busy}>
            {t("refreshButton")}
          </Button>
        </div>
        <Text size={200}>{refreshedText}</Text>
        <Text size={200}>{t("convertExplain")}</Text>
        {confirming ? (
          <div role="group" aria-label={t("convertButton")}>
            <Text size={200} block>
              {t("convertConfirm")}
            </Text>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={convert} disabled={busy}>
                {t("convertYes")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("convertNo")}</Button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <Button onClick={() => setConfirming(true)} disabled={!canLoad || busy}>
              {t("convertButton")}
            </Button>
          </div>
        )}
        <div role="status" aria-live="polite">
          {outcome && <Notice intent={outcome.intent}>{outcome.text}</Notice>}
        </div>
      </section>
    </div>
  );
}
