/**
 * Import a plan document: paste text or pick a .txt/.html file (any encoding), extract in the background
 * with progress, preview the records, choose or confirm the region (with an English alias), then add.
 * Nothing reaches the data until the user presses Add; cancelling or closing the pane mid-import drops the
 * work. The panel holds no data of its own: the parent persists what `onAdd` receives.
 */
import {
  Button,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import { stableHash } from "../../extract/lexicon";
import type { ImportedDocument } from "../../model/corrections";
import type { IndicatorRecord, RegionInfo } from "../../record";
import type { ImportInput, ImportOutput, ImportStage } from "./pipeline";
import { STAGE_PROGRESS } from "./pipeline";
import { ImportCancelled, runImport as defaultRunImport, warmUpImport, type RunImport } from "./run-import";
import { panelText, type PanelLanguage, type PanelStringKey } from "./strings";

export interface ImportDocumentPanelProps {
  lang?: PanelLanguage;
  /** Regions the user can choose from (the current data's). */
  regions: readonly RegionInfo[];
  /** Ids of the documents already in the data: importing one of them again replaces it (the user is told). */
  knownDocuments?: readonly string[];
  /** Receives the reviewed document; the parent stores it. A rejection is shown and nothing changes. */
  onAdd(doc: ImportedDocument): Promise<void> | void;
  runImport?: RunImport;
  now?: () => Date;
}

const NEW_REGION = "__new__";
const PREVIEW_ROWS = 50;
const STAGE_KEYS: Record<ImportStage, PanelStringKey> = {
  decode: "stageDecode",
  prepare: "stagePrepare",
  extract: "stageExtract",
  done: "stageDone",
};

type Phase =
  | { kind: "input"; error?: string }
  | { kind: "running"; stage: ImportStage }
  | { kind: "preview"; output: ImportOutput; error?: string; adding?: boolean }
  | { kind: "added"; message: string };

export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** Lowercase kebab-case id from the English alias, else a stable hash of the Chinese name. */
export function regionIdFor(nameEn: string, name: string, taken: ReadonlyMap<string, RegionInfo>): string {
  const slug = nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const id = slug || `region-${stableHash(name)}`;
  const clash = taken.get(id);
  return clash && clash.name !== name ? `${id}-${stableHash(name)}` : id;
}

function formatValue(r: IndicatorRecord): string {
  if (r.value === null) return r.text ?? "";
  const range = r.value_max !== undefined ? `${r.value}–${r.value_max}` : String(r.value);
  const q = r.qualifier === "=" ? "" : `${r.qualifier} `;
  return `${q}${range} ${r.unit}`.trim();
}

export function ImportDocumentPanel({
  lang = "en",
  regions,
  knownDocuments = [],
  onAdd,
  runImport = defaultRunImport,
  now = () => new Date(),
}: ImportDocumentPanelProps) {
  const t = (key: PanelStringKey, values?: Record<string, string | number>) => panelText(lang, key, values);
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [name, setName] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "input" });
  const [regionChoice, setRegionChoice] = useState<string>(NEW_REGION);
  const [newRegion, setNewRegion] = useState({ name: "", name_en: "" });
  const abortRef = useRef<AbortController | undefined>(undefined);
  const fileInputId = useId();
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions]);

  // The worker starts when the panel opens; closing the pane (unmount) mid-import cancels the import,
  // so nothing half-done can reach the data.
  useEffect(() => {
    warmUpImport();
    return () => abortRef.current?.abort();
  }, []);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, bytes: await readFileBytes(chosen) });
      if (!name) setName(chosen.name);
      setPhase({ kind: "input" });
    } catch (error) {
      setPhase({ kind: "input", error: t("docReadError", { message: (error as Error).message }) });
    }
  };

  const start = async () => {
    const docName = name.trim() || file?.name || `pasted-${stableHash(pasted)}`;
    const input: ImportInput = file ? { name: docName, bytes: file.bytes } : { name: docName, text: pasted };
    if (!file && !pasted.trim()) {
      setPhase({ kind: "input", error: t("docEmpty") });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: "running", stage: "decode" });
    try {
      const output = await runImport(input, {
        catalog: { regions: [...regions], documents: {} },
        signal: controller.signal,
        onStage: (stage) => !controller.signal.aborted && setPhase({ kind: "running", stage }),
      });
      if (controller.signal.aborted) return;
      const doc = output.extraction.document;
      const known = regionMap.get(doc.region_id);
      setRegionChoice(known ? known.id : NEW_REGION);
      setNewRegion({ name: known ? "" : doc.region, name_en: known ? "" : doc.region_en });
      setPhase({ kind: "preview", output });
    } catch (error) {
      if (controller.signal.aborted || error instanceof ImportCancelled) return;
      setPhase({ kind: "input", error: (error as Error).message });
    } finally {
      if (abortRef.current === controller) abortRef.current = undefined;
    }
  };

  const cancel = () => {
    abortRef.current?.abort();
    setPhase({ kind: "input" });
  };

  const chosenRegion = (): RegionInfo | undefined => {
    if (regionChoice !== NEW_REGION) return regionMap.get(regionChoice);
    const zh = newRegion.name.trim();
    const en = newRegion.name_en.trim();
    if (!zh || !en) return undefined;
    return { id: regionIdFor(en, zh, regionMap), name: zh, name_en: en, aliases: [en] };
  };

  const add = async (output: ImportOutput) => {
    const region = chosenRegion();
    if (!region) {
      setPhase({ kind: "preview", output, error: t("docRegionMissing") });
      return;
    }
    const { document, records } = output.extraction;
    const imported: ImportedDocument = {
      doc: document.doc,
      name: name.trim() || file?.name || document.doc,
      text: output.text,
      region,
      importedAt: now().toISOString(),
      info: document,
      records,
    };
    setPhase({ kind: "preview", output, adding: true });
    try {
      await onAdd(imported);
      setPhase({
        kind: "added",
        message: t("docAdded", {
          count: records.length,
          title: document.title || imported.name,
          region: region.name,
        }),
      });
      setPasted("");
      setFile(undefined);
      setName("");
    } catch (error) {
      setPhase({ kind: "preview", output, error: t("docAddFailed", { message: (error as Error).message }) });
    }
  };

  const running = phase.kind === "running";
  return (
    <section
      aria-labelledby="import-doc-heading"
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
    >
      <Subtitle2 as="h2" id="import-doc-heading">
        {t("docHeading")}
      </Subtitle2>
      <Field label={t("docPasteLabel")}>
        <Textarea
          value={pasted}
          onChange={(_e, d) => setPasted(d.value)}
          disabled={running || !!file}
          resize="vertical"
          rows={5}
        />
      </Field>
      <Label htmlFor={fileInputId}>{t("docFileLabel")}</Label>
      <input
        id={fileInputId}
        type="file"
        accept=".txt,.htm,.html,text/plain,text/html"
        onChange={onFile}
        disabled={running}
      />
      <Field label={t("docNameLabel")}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} disabled={running} />
      </Field>
      <div style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" onClick={start} disabled={running}>
          {t("docExtract")}
        </Button>
        {running && <Button onClick={cancel}>{t("docCancel")}</Button>}
      </div>

      {phase.kind === "input" && phase.error && (
        <MessageBar intent="error">
          <MessageBarBody>{phase.error}</MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <Field label={t(STAGE_KEYS[phase.stage])} validationState="none">
          <ProgressBar value={STAGE_PROGRESS[phase.stage]} />
        </Field>
      )}
      {phase.kind === "added" && (
        <MessageBar intent="success">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "preview" && (
        <Preview
          output={phase.output}
          t={t}
          lang={lang}
          regions={regions}
          regionChoice={regionChoice}
          setRegionChoice={setRegionChoice}
          newRegion={newRegion}
          setNewRegion={setNewRegion}
          error={phase.error}
          replaces={knownDocuments.includes(phase.output.extraction.document.doc)}
          adding={!!phase.adding}
          onAdd={() => add(phase.output)}
          onDiscard={() => setPhase({ kind: "input" })}
        />
      )}
    </section>
  );
}

interface PreviewProps {
  output: ImportOutput;
  t: (key: PanelStringKey, values?: Record<string, string | number>) => string;
  lang: PanelLanguage;
  regions: readonly RegionInfo[];
  regionChoice: string;
  setRegionChoice(id: string): void;
  newRegion: { name: string; name_en: string };
  setNewRegion(r: { name: string; name_en: string }): void;
  error?: string;
  /** The document id is already in the data: adding replaces that document. */
  replaces: boolean;
  adding: boolean;
  onAdd(): void;
  onDiscard(): void;
}

function Preview({
  output,
  t,
  lang,
  regions,
  regionChoice,
  setRegionChoice,
  newRegion,
  setNewRegion,
  ...p
}: PreviewProps) {
  const { document, records, warnings } = output.extraction;
  const title = document.title || document.doc;
  if (records.length === 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("docNone")}</MessageBarBody>
      </MessageBar>
    );
  }
  const shown = records.slice(0, PREVIEW_ROWS);
  const regionLabel = (r: RegionInfo) =>
    lang === "zh" ? `${r.name} (${r.name_en})` : `${r.name_en} (${r.name})`;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text>{t("docFound", { count: records.length, title })}</Text>
      <Text size={200}>
        {t("docFileRead", {
          name: document.doc,
          encoding: output.encoding,
          html: output.wasHtml ? t("docHtmlNote") : "",
        })}
      </Text>
      <Field label={t("docRegionLabel")}>
        <Select value={regionChoice} onChange={(_e, d) => setRegionChoice(d.value)}>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {regionLabel(r)}
            </option>
          ))}
          <option value={NEW_REGION}>{t("docRegionNew")}</option>
        </Select>
      </Field>
      {regionChoice === NEW_REGION && (
        <div style={{ display: "flex", gap: 8 }}>
          <Field label={t("docRegionNameLabel")} style={{ flex: 1 }}>
            <Input
              value={newRegion.name}
              onChange={(_e, d) => setNewRegion({ ...newRegion, name: d.value })}
            />
          </Field>
          <Field label={t("docRegionEnLabel")} style={{ flex: 1 }}>
            <Input
              value={newRegion.name_en}
              onChange={(_e, d) => setNewRegion({ ...newRegion, name_en: d.value })}
            />
          </Field>
        </div>
      )}
      <Table size="small" aria-label={t("docPreviewCaption", { shown: shown.length, count: records.length })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("colIndicator")}</TableHeaderCell>
            <TableHeaderCell>{t("colKind")}</TableHeaderCell>
            <TableHeaderCell>{t("colYear")}</TableHeaderCell>
            <TableHeaderCell>{t("colValue")}</TableHeaderCell>
            <TableHeaderCell>{t("colConfidence")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.indicator}</TableCell>
              <TableCell>{t(`kind_${r.kind}`)}</TableCell>
              <TableCell>{r.year}</TableCell>
              <TableCell>{formatValue(r)}</TableCell>
              <TableCell>{Math.round(r.confidence * 100)}%</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {warnings.length > 0 && (
        <details>
          <summary>{t("docWarnings")}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {p.replaces && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("docReplaces", { doc: document.doc })}</MessageBarBody>
        </MessageBar>
      )}
      {p.error && (
        <MessageBar intent="error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: "flex", gap: 8 }}>
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
