/**
 * Import a plan document: paste text or pick a file (PDF, .docx, .txt/.html in any encoding), extract in
 * the background with progress, preview the records, confirm the region (with an English alias), plan
 * type, period and publication year, replace or keep a document already in the data, then add.
 * Nothing reaches the data until the user presses Add; cancelling or closing the pane mid-import drops the
 * work. The panel holds no data of its own: the parent persists what `onAdd` receives.
 */
import { YEAR_MAX, YEAR_MIN } from "../../record";
import {
  Button,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import { stableHash } from "../../extract/lexicon";
import type { ImportedDocument } from "../../model/corrections";
import type { DocumentInfo, RegionInfo } from "../../record";
import { DocumentPreview, NEW_REGION, type DocumentFacts, type SameChoice } from "./DocumentPreview";
import {
  findSameDocument,
  freeDocumentId,
  withDocumentId,
  type KnownDocument,
  type SameDocument,
} from "./identity";
import type { ImportInput, ImportOutput, ImportStage } from "./pipeline";
import { STAGE_PROGRESS } from "./pipeline";
import { ImportCancelled, runImport as defaultRunImport, warmUpImport, type RunImport } from "./run-import";
import { errorText, useStrings, type Strings } from "../i18n";
import type { Language, StringKey } from "../strings";
import "./strings-data"; // the import and review entries of the string table

export interface ImportDocumentPanelProps {
  lang?: Language;
  /** Regions the user can choose from (the current data's). */
  regions: readonly RegionInfo[];
  /** The documents already in the data: importing one again offers to replace it or keep both. */
  knownDocuments?: readonly KnownDocument[];
  /** Receives the reviewed document; the parent stores it. A rejection is shown and nothing changes. */
  onAdd(doc: ImportedDocument): Promise<void> | void;
  runImport?: RunImport;
  now?: () => Date;
}

const STAGE_KEYS: Record<ImportStage, StringKey> = {
  decode: "stageDecode",
  prepare: "stagePrepare",
  extract: "stageExtract",
  done: "stageDone",
};

type Phase =
  | { kind: "input"; error?: string }
  | { kind: "running"; stage: ImportStage }
  | { kind: "preview"; output: ImportOutput; input: ImportInput; error?: string; adding?: boolean }
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

/** A DocumentReadError's code (sent by the worker) → the message in the pane's language. */
const readErrorText = (error: unknown, t: Strings["t"]) => errorText(error, "docErr_", t, "docReadError");

/**
 * The publication year the extraction assumed when the text gives no date: the first year of the period
 * (a plan or report comes out in the year it starts), or a year in the title; else none, and the user
 * must say.
 */
export function assumedYear(doc: DocumentInfo): string {
  if (doc.period_start !== undefined) return String(doc.period_start);
  return /(19|20)\d{2}(?=年)/.exec(doc.title)?.[0] ?? "";
}

const factsOf = (doc: DocumentInfo): DocumentFacts => ({
  planType: doc.plan_type,
  periodStart: doc.period_start === undefined ? "" : String(doc.period_start),
  periodEnd: doc.period_end === undefined ? "" : String(doc.period_end),
  year: doc.published ? "" : assumedYear(doc),
});

const yearOf = (text: string): number | undefined => {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
};

export function ImportDocumentPanel({
  lang: langProp,
  regions,
  knownDocuments = [],
  onAdd,
  runImport = defaultRunImport,
  now = () => new Date(),
}: ImportDocumentPanelProps) {
  const { lang, t } = useStrings(langProp);
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [name, setName] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "input" });
  const [regionChoice, setRegionChoice] = useState<string>(NEW_REGION);
  const [newRegion, setNewRegion] = useState({ name: "", name_en: "" });
  const [facts, setFacts] = useState<DocumentFacts>({
    planType: "other",
    periodStart: "",
    periodEnd: "",
    year: "",
  });
  const [same, setSame] = useState<SameDocument | undefined>();
  const [sameChoice, setSameChoice] = useState<SameChoice>("replace");
  const abortRef = useRef<AbortController | undefined>(undefined);
  const fileInputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
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
    const output = await extract(input);
    if (!output) return;
    const doc = output.extraction.document;
    const known = regionMap.get(doc.region_id);
    setRegionChoice(known ? known.id : NEW_REGION);
    setNewRegion({ name: known ? "" : doc.region, name_en: known ? "" : doc.region_en });
    setFacts(factsOf(doc));
    setSame(findSameDocument(output.text, doc, knownDocuments));
    setSameChoice("replace");
    setPhase({ kind: "preview", output, input });
  };

  /** Runs the extraction with progress; undefined when cancelled or failed (the error is shown). */
  const extract = async (input: ImportInput): Promise<ImportOutput | undefined> => {
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: "running", stage: "decode" });
    try {
      const output = await runImport(input, {
        catalog: { regions: [...regions], documents: {} },
        signal: controller.signal,
        onStage: (stage) => !controller.signal.aborted && setPhase({ kind: "running", stage }),
      });
      return controller.signal.aborted ? undefined : output;
    } catch (error) {
      if (controller.signal.aborted || error instanceof ImportCancelled) return undefined;
      setPhase({ kind: "input", error: readErrorText(error, t) });
      return undefined;
    } finally {
      if (abortRef.current === controller) abortRef.current = undefined;
    }
  };

  const reread = async (input: ImportInput) => {
    const year = yearOf(facts.year);
    if (year === undefined) {
      setPhase((p) => (p.kind === "preview" ? { ...p, error: t("docBadYear") } : p));
      return;
    }
    const output = await extract({ ...input, publishedYear: year });
    if (output) setPhase({ kind: "preview", output, input: { ...input, publishedYear: year } });
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

  const add = async (shown: ImportOutput, input: ImportInput) => {
    const back = (error: string) => setPhase({ kind: "preview", output: shown, input, error });
    const region = chosenRegion();
    if (!region) return back(t("docRegionMissing"));
    const year = yearOf(facts.year);
    if (!shown.extraction.document.published && year === undefined) return back(t("docBadYear"));
    let output = shown;
    const readWith = input.publishedYear ?? Number(assumedYear(shown.extraction.document));
    if (year !== undefined && !shown.extraction.document.published && year !== readWith) {
      // the year decides which figures are actuals: read the document again knowing it
      const again = await extract({ ...input, publishedYear: year });
      if (!again) return;
      output = again;
    }
    const doc = same?.known.doc;
    const taken = new Set(knownDocuments.map((k) => k.doc));
    const docId =
      same && sameChoice === "replace" ? doc! : freeDocumentId(output.extraction.document.doc, taken);
    const { info, records } = withDocumentId(docId, output.extraction.document, output.extraction.records);
    const document: DocumentInfo = {
      ...info,
      plan_type: facts.planType,
      period_start: yearOf(facts.periodStart) ?? info.period_start,
      period_end: yearOf(facts.periodEnd) ?? info.period_end,
      published: info.published ?? (year === undefined ? undefined : String(year)),
    };
    const imported: ImportedDocument = {
      doc: docId,
      name: name.trim() || file?.name || document.doc,
      text: output.text,
      region,
      importedAt: now().toISOString(),
      info: document,
      records,
    };
    setPhase({ kind: "preview", output, input, adding: true });
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
      setPhase({
        kind: "preview",
        output,
        input,
        error: t("docAddFailed", { message: errorText(error, "notice_", t) }),
      });
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
      <Field label={t("docPasteLabel")} hint={file ? t("docFileChosen", { name: file.name }) : undefined}>
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
        ref={fileRef}
        type="file"
        accept=".txt,.htm,.html,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={onFile}
        disabled={running}
      />
      {file && !running && (
        <Button
          size="small"
          onClick={() => {
            setFile(undefined);
            if (fileRef.current) fileRef.current.value = "";
          }}
        >
          {t("docClearFile")}
        </Button>
      )}
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
        <DocumentPreview
          output={phase.output}
          t={t}
          lang={lang}
          regions={regions}
          regionChoice={regionChoice}
          setRegionChoice={setRegionChoice}
          newRegion={newRegion}
          setNewRegion={setNewRegion}
          facts={facts}
          setFacts={setFacts}
          same={same}
          sameChoice={sameChoice}
          setSameChoice={setSameChoice}
          error={phase.error}
          adding={!!phase.adding}
          onAdd={() => add(phase.output, phase.input)}
          onDiscard={() => setPhase({ kind: "input" })}
          onReread={() => reread(phase.input)}
        />
      )}
    </section>
  );
}
