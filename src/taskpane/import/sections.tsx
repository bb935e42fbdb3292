/**
 * The import and review sections, connected to the shared user-data session. Loaded on demand by
 * ./tabs.tsx, so a user who never opens them does not download them.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import { canStoreInWorkbook, WorkbookUserDataStore } from "../../excel/user-data-store";
import {
  putImportedDocument,
  putImportedRecords,
  removeCorrection,
  setCorrection,
} from "../../model/corrections";
import type { PlanStore } from "../../model/store";
import type { HostInfo } from "../host";
import { ReviewPanel } from "../review/ReviewPanel";
import { ImportCsvPanel } from "./ImportCsvPanel";
import { ImportDocumentPanel } from "./ImportDocumentPanel";
import { knownDocuments } from "./identity";
import { noticeText, useStrings } from "../i18n";
import type { Language, StringKey } from "../strings";
import { TeamFilePanel } from "./TeamFilePanel";
import {
  currentUserDataSession,
  startUserDataSession,
  type SessionState,
  type UserDataSession,
} from "../../model/user-data-session";
import "./strings-data"; // the import and review entries of the string table

/**
 * The running session, or one started over the store's data when nobody started it (the pane loaded the
 * built-in data itself): then no correction has been applied yet, so the store holds the built-in data.
 */
function useSession(store: PlanStore, host: HostInfo): UserDataSession | undefined {
  const [session, setSession] = useState(currentUserDataSession);
  useEffect(() => {
    if (session) return;
    let live = true;
    void startUserDataSession(store.dataset, {
      // A host without custom XML parts keeps the data for this session only (the session says so).
      storage: host.inExcel && canStoreInWorkbook() ? new WorkbookUserDataStore() : undefined,
    }).then((s) => live && setSession(s));
    return () => {
      live = false;
    };
  }, [session, store, host.inExcel]);
  return session;
}

/** The session (started if none runs) and its current state; both undefined until it has started. */
function useSessionWithState(store: PlanStore, host: HostInfo) {
  const session = useSession(store, host);
  const state = useSyncExternalStore(
    (notify) => session?.subscribe(notify) ?? (() => undefined),
    () => session?.getState(),
  );
  return { session, state };
}

function useSessionState(session: UserDataSession) {
  return useSyncExternalStore(
    (notify) => session.subscribe(notify),
    () => session.getState(),
  );
}

/** What the session's status means, in the pane's language; the session's own words follow as details. */
const SESSION_HEADLINES: Partial<Record<SessionState["status"], StringKey>> = {
  newer: "sessionNewer",
  corrupt: "sessionCorrupt",
  "not-loaded": "sessionNotLoaded",
};

function SessionMessage({ session, lang }: { session: UserDataSession; lang: Language }) {
  const { t } = useStrings(lang);
  const { message, notice, status } = useSessionState(session);
  const detail = notice ? noticeText(notice, t) : message;
  return detail ? (
    <MessageBar intent="warning">
      <MessageBarBody>
        {t(SESSION_HEADLINES[status] ?? "sessionNotice")} {t("dataErrorDetail", { message: detail })}
      </MessageBarBody>
    </MessageBar>
  ) : null;
}

export function ImportSection({ store, lang, host }: { store: PlanStore; lang: Language; host: HostInfo }) {
  const { t } = useStrings(lang);
  const { session, state } = useSessionWithState(store, host);
  if (!session || !state) return <Spinner size="small" />;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
      <SessionMessage session={session} lang={lang} />
      {host.inExcel && state.status === "no-workbook" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("noWorkbookStorage")}</MessageBarBody>
        </MessageBar>
      )}
      <ImportDocumentPanel
        lang={lang}
        regions={[...store.regions.values()]}
        knownDocuments={knownDocuments(store.documents.values(), state.user.importedDocuments)}
        onAdd={(doc) => session.update((user) => putImportedDocument(user, doc)).then(() => undefined)}
      />
      <ImportCsvPanel
        lang={lang}
        resolver={store}
        dataset={store.dataset}
        user={state.user}
        onApply={(_next, { records }) =>
          session.update((current) => putImportedRecords(current, records)).then(() => undefined)
        }
      />
      <TeamFilePanel
        lang={lang}
        exportFile={() => session.exportFile()}
        importFile={(text, mode) => session.importFile(text, mode)}
      />
    </div>
  );
}

export function ReviewSection({ store, lang, host }: { store: PlanStore; lang: Language; host: HostInfo }) {
  const { session, state } = useSessionWithState(store, host);
  if (!session || !state) return <Spinner size="small" />;
  const texts = new Map(state.user.importedDocuments.map((d) => [d.doc, d.text]));
  // the user's own records: imported documents and CSV files (the built-in data has been checked)
  const ownDocs = new Set([
    ...state.user.importedDocuments.map((d) => d.doc),
    ...state.user.importedRecords.map((r) => r.doc),
  ]);
  return (
    <ReviewPanel
      lang={lang}
      records={state.report.dataset.records}
      corrections={state.user.corrections}
      orphans={state.report.orphans}
      reattached={state.report.reattached}
      documentText={(doc) => texts.get(doc)}
      documentTitle={(doc) => store.documents.get(doc)?.title || undefined}
      isOwn={(r) => ownDocs.has(r.doc)}
      onCorrect={(c) => session.update((user) => setCorrection(user, c)).then(() => undefined)}
      onCorrectMany={(cs) => session.update((user) => cs.reduce(setCorrection, user)).then(() => undefined)}
      onUndo={(id) => session.update((user) => removeCorrection(user, id)).then(() => undefined)}
    />
  );
}
