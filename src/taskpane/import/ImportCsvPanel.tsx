/**
 * Import a CSV of records or actuals: pick the file (any encoding; comma, tab or semicolon), settle the
 * columns that need a decision (the others are listed as recognised; "show all" reveals every field)
 * against a preview, see every bad row by line and reason in the pane's language, then import. A file with
 * errors imports nothing unless "import only the valid rows" is ticked, which is offered only when some
 * rows are valid. The panel computes the next UserData; the parent stores it.
 */
import {
  Button,
  Checkbox,
  Field,
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
} from "@fluentui/react-components";
import { useEffect, useId, useState, type ChangeEvent } from "react";
import { decodeDocument } from "../../extract/decode";
import type { UserData } from "../../model/corrections";
import {
  applyCsvImport,
  canImportValidOnly,
  describeErrors,
  describeProblem,
  HEADER_SYNONYMS,
  type ColumnMapping,
  type CsvField,
  type CsvPreview,
  type NameResolver,
} from "../../model/csv-import";
import type { Dataset, IndicatorRecord, Kind } from "../../record";
import { runCsvPreview } from "./csv-preview-run";
import { readFileBytes } from "./ImportDocumentPanel";
import { errorText, useStrings } from "../i18n";
import type { Language } from "../strings";
import "./strings-data"; // the import and review entries of the string table

export interface ImportCsvPanelProps {
  lang?: Language;
  /** Resolves region and indicator names (the current PlanStore). */
  resolver: NameResolver;
  /** The resolver's data: with it a large file is checked in a Web Worker, with progress. */
  dataset?: Dataset;
  /** The current user data; the import is applied to it. */
  user: UserData;
  /**
   * Receives the user data with the file's records added, and the records themselves (to add them to
   * whatever is current by then); a rejection is shown and nothing changes.
   */
  onApply(
    next: UserData,
    summary: { added: number; skipped: number; records: IndicatorRecord[] },
  ): Promise<void> | void;
}

const FIELDS = Object.keys(HEADER_SYNONYMS) as CsvField[];
const KINDS: Kind[] = ["actual", "target", "estimate"];
const MAX_ERRORS_SHOWN = 200;
const NOT_MAPPED = "-1";
const DELIMITER_KEYS = { ",": "csvComma", "\t": "csvTab", ";": "csvSemicolon" } as const;

type Outcome = { intent: "success" | "error"; text: string } | undefined;

export function ImportCsvPanel({ lang: langProp, resolver, dataset, user, onApply }: ImportCsvPanelProps) {
  const { lang, t } = useStrings(langProp);
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [kind, setKind] = useState<Kind>("actual");
  const [validOnly, setValidOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [showAll, setShowAll] = useState(false);

  const [preview, setPreview] = useState<CsvPreview>();
  const [progress, setProgress] = useState<number>();

  // Checked again whenever the file, the kind or the mapping changes; a newer check cancels the older.
  // The previous preview stays on screen until the new one is ready.
  useEffect(() => {
    if (!file) return setPreview(undefined);
    const controller = new AbortController();
    setProgress(0);
    runCsvPreview(file.text, {
      resolver,
      dataset,
      options: { fileName: file.name, defaultKind: kind, mapping },
      onProgress: (share) => !controller.signal.aborted && setProgress(share),
      signal: controller.signal,
    }).then(
      (p) => {
        if (controller.signal.aborted) return;
        setPreview(p);
        setProgress(undefined);
      },
      (error: Error) => {
        if (controller.signal.aborted) return;
        setProgress(undefined);
        setOutcome({ intent: "error", text: t("docReadError", { message: error.message }) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t only depends on lang
  }, [file, resolver, dataset, kind, mapping]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setOutcome(undefined);
    try {
      const { text } = decodeDocument(await readFileBytes(chosen));
      setMapping({});
      setShowAll(false);
      setFile({ name: chosen.name, text });
    } catch (error) {
      setOutcome({ intent: "error", text: t("docReadError", { message: (error as Error).message }) });
    }
  };

  const setColumn = (field: CsvField, value: string) => {
    // from the user's own choices so far: the preview may not have caught up with the last one yet
    setMapping((chosen) => ({ ...(preview?.mapping ?? {}), ...chosen, [field]: Number(value) }));
  };

  const importRows = async () => {
    if (!preview) return;
    const result = applyCsvImport(user, preview, { validOnly });
    if (!result.ok) {
      setOutcome({
        intent: "error",
        text: t("csvRefused", { reason: describeProblem(result.problem, lang) }),
      });
      return;
    }
    setBusy(true);
    try {
      await onApply(result.user, { added: result.added, skipped: result.skipped, records: result.records });
      setOutcome({
        intent: "success",
        text: t("csvImported", { added: result.added, skipped: result.skipped }),
      });
      setFile(undefined);
    } catch (error) {
      setOutcome({ intent: "error", text: t("csvApplyFailed", { message: errorText(error, "notice_", t) }) });
    } finally {
      setBusy(false);
    }
  };

  const errors = preview ? describeErrors(preview, lang) : [];
  // the fields to decide, and those the user has set (they stay in view while being set)
  const shownFields = preview
    ? FIELDS.filter((f) => showAll || preview.undecided.includes(f) || mapping[f] !== undefined)
    : [];
  const recognised = preview
    ? FIELDS.filter((f) => preview.mapping[f] !== undefined)
        .map((f) => `${t(`field_${f}`)} = ${preview.headers[preview.mapping[f]!]}`)
        .join(t("listSeparator"))
    : "";
  return (
    <section
      aria-labelledby={`${fileId}-heading`}
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
    >
      <Subtitle2 as="h2" id={`${fileId}-heading`}>
        {t("csvHeading")}
      </Subtitle2>
      <Label htmlFor={fileId}>{t("csvFileLabel")}</Label>
      <input id={fileId} type="file" accept=".csv,.tsv,.txt,text/csv" onChange={onFile} disabled={busy} />
      <Field label={t("csvKindLabel")}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </Select>
      </Field>

      {progress !== undefined && (
        <Field label={t("csvChecking", { percent: Math.round(progress * 100) })} validationState="none">
          <ProgressBar value={progress} />
        </Field>
      )}
      {preview && (
        <>
          <Text>
            {t("csvSummary", {
              valid: preview.valid,
              invalid: preview.invalid,
              delimiter: t(DELIMITER_KEYS[preview.delimiter]),
            })}
          </Text>
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
            <legend>{t("csvMappingHeading")}</legend>
            {recognised && <Text size={200}>{t("csvAllDecided", { mapped: recognised })}</Text>}
            {!showAll && (
              <Button size="small" appearance="subtle" onClick={() => setShowAll(true)}>
                {t("csvShowAllColumns")}
              </Button>
            )}
            {shownFields.map((field) => (
              <Field key={field} label={t(`field_${field}`)} orientation="horizontal">
                <Select
                  value={String(preview.mapping[field] ?? NOT_MAPPED)}
                  onChange={(_e, d) => setColumn(field, d.value)}
                >
                  <option value={NOT_MAPPED}>{t("csvNotMapped")}</option>
                  {preview.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </fieldset>
          {preview.missing.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t("csvMissing", {
                  fields: preview.missing.map((f) => t(`field_${f}`)).join(t("listSeparator")),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <Table size="small" aria-label={t("csvPreviewCaption")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colLine")}</TableHeaderCell>
                {preview.headers.map((h, i) => (
                  <TableHeaderCell key={i}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.sample.map((row) => (
                <TableRow key={row.line} aria-invalid={row.errors.length > 0 || undefined}>
                  <TableCell>{row.errors.length > 0 ? `⚠ ${row.line}` : row.line}</TableCell>
                  {preview.headers.map((_h, i) => (
                    <TableCell key={i}>{row.cells[i] ?? ""}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {errors.length > 0 && (
            <div role="region" aria-label={t("csvErrorsHeading")}>
              <Text weight="semibold">{t("csvErrorsHeading")}</Text>
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
                {errors.length > MAX_ERRORS_SHOWN && <li>… {errors.length - MAX_ERRORS_SHOWN}</li>}
              </ul>
            </div>
          )}
          {canImportValidOnly(preview) && (
            <Checkbox
              checked={validOnly}
              onChange={(_e, d) => setValidOnly(!!d.checked)}
              label={t("csvValidOnly")}
            />
          )}
          <Button appearance="primary" onClick={importRows} disabled={busy}>
            {t("csvImport")}
          </Button>
        </>
      )}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
