/** Load indicator tables into worksheets for chosen regions (or all), with progress and a result message. */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { SheetResult } from "../../excel/write-sheets";
import type { PlanStore } from "../../model/store";
import { localName, useStrings } from "../i18n";
import type { PaneServices } from "../services";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  regions: { display: "flex", flexDirection: "column", border: "none", padding: 0, margin: 0, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface LoadPanelProps {
  store: PlanStore;
  services: Pick<PaneServices, "loadIntoSheets" | "exportCsv">;
  /** False outside Excel or where the host lacks the requirement set: the button is then disabled. */
  canLoad: boolean;
  /** Called with the regions written, so that they can be refreshed later. */
  onLoaded?: (regionIds: string[]) => void;
}

type Progress = { done: number; total: number; sheet: string };
type Outcome = { kind: "done"; results: SheetResult[] } | { kind: "error"; message: string };

export function LoadPanel({ store, services, canLoad, onLoaded }: LoadPanelProps) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const regions = [...store.regions.values()].filter((r) => store.recordCount(r.id) > 0);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(regions.map((r) => r.id)));
  const [progress, setProgress] = useState<Progress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [csvMessage, setCsvMessage] = useState<string>();
  const busy = progress !== undefined;
  const allChosen = regions.length > 0 && regions.every((r) => chosen.has(r.id));
  const someChosen = regions.some((r) => chosen.has(r.id));
  const chosenIds = regions.filter((r) => chosen.has(r.id)).map((r) => r.id);

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }

  async function onLoad() {
    if (chosenIds.length === 0) {
      setOutcome({ kind: "error", message: t("selectRegions") });
      return;
    }
    setOutcome(undefined);
    setProgress({ done: 0, total: chosenIds.length, sheet: "" });
    try {
      const results = await services.loadIntoSheets(store, chosenIds, {
        lang,
        onProgress: (done, total, sheet) => setProgress({ done, total, sheet }),
      });
      setOutcome({ kind: "done", results });
      onLoaded?.(results.filter((r) => r.error === undefined && !r.skipped).map((r) => r.regionId));
    } catch (error) {
      setOutcome({ kind: "error", message: t("loadFailed", { message: (error as Error).message }) });
    } finally {
      setProgress(undefined);
    }
  }

  async function onExport() {
    const records = chosenIds.flatMap((id) => store.find({ region: id }));
    try {
      const file = await services.exportCsv(records);
      setCsvMessage(t("exportDone", { count: records.length, file }));
    } catch (error) {
      setCsvMessage(t("exportFailed", { message: (error as Error).message }));
    }
  }

  function describe(result: SheetResult): string {
    if (result.error !== undefined) {
      return t("loadSheetFailed", { sheet: result.sheetName, message: result.error });
    }
    if (result.skipped) {
      return t("loadSkipped", { region: store.describeRegion(result.regionId) });
    }
    return result.created
      ? t("loadCreated", { sheet: result.sheetName, rows: result.rows })
      : t("loadUpdated", {
          sheet: result.sheetName,
          updated: result.updated,
          added: result.added,
          removed: result.removed,
        });
  }

  return (
    <section aria-label={t("loadHeading")} className={styles.panel}>
      <Subtitle2 as="h2">{t("loadHeading")}</Subtitle2>
      <Text size={200}>{t("loadExplain")}</Text>
      <fieldset className={styles.regions}>
        <legend>{t("regionsLabel")}</legend>
        <Checkbox
          label={t("allRegions")}
          checked={allChosen ? true : someChosen ? "mixed" : false}
          onChange={(_e, d) => setChosen(new Set(d.checked ? regions.map((r) => r.id) : []))}
        />
        {regions.map((r) => (
          <Checkbox
            key={r.id}
            label={`${localName(r.name, r.name_en, lang)} (${store.recordCount(r.id)})`}
            checked={chosen.has(r.id)}
            onChange={(_e, d) => toggle(r.id, d.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canLoad || busy} onClick={onLoad}>
          {t("loadButton")}
        </Button>
        <Button disabled={busy || chosenIds.length === 0} onClick={onExport}>
          {t("exportCsv")}
        </Button>
      </div>
      {!canLoad && <Text size={200}>{t("loadNeedsExcel")}</Text>}
      {progress && (
        <Field
          validationState="none"
          validationMessage={
            progress.done === 0
              ? t("loadStarting")
              : t("loadProgress", { sheet: progress.sheet, done: progress.done, total: progress.total })
          }
        >
          <ProgressBar
            value={progress.done}
            max={progress.total}
            aria-label={t("loadButton")}
            thickness="large"
          />
        </Field>
      )}
      {outcome?.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "done" && (
        <MessageBar intent={outcome.results.some((r) => r.error !== undefined) ? "warning" : "success"}>
          <MessageBarBody>
            <ul className={styles.results}>
              {outcome.results.map((r) => (
                <li key={r.regionId}>{describe(r)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {csvMessage && (
        <MessageBar intent="info">
          <MessageBarBody>{csvMessage}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
