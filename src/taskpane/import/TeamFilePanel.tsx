/**
 * Export the user's data (corrections, imported documents and records) as a JSON file, and import a
 * colleague's file, merged with ours or replacing it. A file that is not valid (or from a newer add-in)
 * is refused with the reason and changes nothing.
 */
import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { decodeDocument } from "../../extract/decode";
import { readFileBytes } from "./ImportDocumentPanel";
import { errorText, useStrings } from "../i18n";
import type { Language } from "../strings";
import "./strings-data"; // the import and review entries of the string table

export interface TeamFilePanelProps {
  lang?: Language;
  /** The JSON to save (UserDataSession.exportFile). */
  exportFile(): string;
  /** Applies a team file (UserDataSession.importFile); rejects with a readable message when refused. */
  importFile(text: string, mode: "merge" | "replace"): Promise<unknown>;
  /** Offers text as a download; defaults to a link click. */
  download?: (fileName: string, text: string) => void;
  now?: () => Date;
}

function linkDownload(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function TeamFilePanel({
  lang: langProp,
  exportFile,
  importFile,
  download = linkDownload,
  now = () => new Date(),
}: TeamFilePanelProps) {
  const { t } = useStrings(langProp);
  const id = useId();
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  const doExport = () => {
    const name = `plan-indicators-corrections-${now().toISOString().slice(0, 10)}.json`;
    download(name, exportFile());
    setMessage({ intent: "success", text: t("teamExported", { name }) });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setBusy(true);
    try {
      const { text } = decodeDocument(await readFileBytes(file));
      await importFile(text, mode);
      setMessage({ intent: "success", text: t("teamImported", { name: file.name }) });
    } catch (error) {
      setMessage({
        intent: "error",
        text: t("teamFailed", { name: file.name, message: errorText(error, "userData_", t) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {t("teamHeading")}
      </Subtitle2>
      <Button onClick={doExport}>{t("teamExport")}</Button>
      <RadioGroup value={mode} onChange={(_e, d) => setMode(d.value as "merge" | "replace")}>
        <Radio value="merge" label={t("teamMerge")} />
        <Radio value="replace" label={t("teamReplace")} />
      </RadioGroup>
      <Label htmlFor={id}>{t("teamFileLabel")}</Label>
      <input id={id} type="file" accept=".json,application/json" onChange={onFile} disabled={busy} />
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
