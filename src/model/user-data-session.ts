/**
 * The one owner of the user's data while the add-in runs: it loads the data from the workbook, and every
 * change goes through `update`, which stores the new data in the workbook FIRST and only then makes it
 * current and publishes the corrected dataset (setDataset → every PLAN formula recalculates through
 * src/excel/recalculate.ts). A failed save therefore changes nothing: neither the workbook, nor what the
 * pane shows, nor what the functions answer. No React here; the panels get data and callbacks from it.
 */
import {
  applyUserDataWithReport,
  emptyUserData,
  mergeUserData,
  parseUserData,
  serializeUserData,
  type ApplyReport,
  type UserData,
} from "./corrections";
import type { Dataset } from "../record";
import { setDataset } from "./runtime";
import { notice, NoticeError, type Notice } from "./notice";

/** How stored user data was found: none yet, readable, written by a newer add-in, or damaged. */
export type LoadStatus = "empty" | "ok" | "newer" | "corrupt";

export interface LoadResult {
  status: LoadStatus;
  /** What to work with: the stored data, or empty data when there is none this version can read. */
  user: UserData;
  /** For the user: why the stored data could not be used, or what was done to it (English). */
  message?: string;
  /** The same as a code with values, for the pane to word in its language. */
  notice?: Notice;
  migratedFrom?: number;
  revision: number;
}

/** Where the data is kept: the workbook (src/excel/user-data-store.ts) or nothing outside Excel. */
export interface UserDataStorage {
  load(): Promise<LoadResult>;
  /** Resolves with what was stored (a store may leave out parts that do not fit, e.g. full texts). */
  save(user: UserData): Promise<{ stored: UserData; textsDropped?: string[] }>;
}

export interface SessionState {
  user: UserData;
  report: ApplyReport;
  /** How the stored data was found at start-up. */
  status: LoadStatus | "not-loaded" | "no-workbook";
  /** For the user: a problem with the stored data (newer format, damaged part), or a migration done. */
  message?: string;
  /** The same as a code with values, for the pane to word in its language. */
  notice?: Notice;
}

export type Listener = (state: SessionState) => void;

export class UserDataSession {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private builtin: Dataset,
    private readonly publish: (dataset: Dataset) => void,
    private readonly storage?: UserDataStorage,
  ) {
    const user = emptyUserData();
    this.state = { user, report: applyUserDataWithReport(builtin, user), status: "not-loaded" };
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: SessionState): void {
    this.state = next;
    this.publish(next.report.dataset);
    for (const l of [...this.listeners]) l(next);
  }

  /**
   * Reads the workbook's data and publishes the corrected dataset. Never throws; problems go to `message`.
   * Changes requested meanwhile wait for it, so none can be saved over data not yet read.
   */
  start(): Promise<SessionState> {
    const started = this.queue.then(() => this.load());
    this.queue = started.catch(() => undefined);
    return started;
  }

  private async load(): Promise<SessionState> {
    if (!this.storage) {
      this.set({ ...this.state, status: "no-workbook" });
      return this.state;
    }
    try {
      const loaded = await this.storage.load();
      const told =
        loaded.notice ??
        (loaded.message !== undefined ? notice("store", loaded.message) : undefined) ??
        (loaded.migratedFrom
          ? notice("migrated", `Saved data of format ${loaded.migratedFrom} was read and will be updated.`, {
              from: loaded.migratedFrom,
            })
          : undefined);
      this.set({
        user: loaded.user,
        report: applyUserDataWithReport(this.builtin, loaded.user),
        status: loaded.status,
        message: told?.text,
        notice: told,
      });
    } catch (error) {
      const told = noticeOf(error);
      this.set({ ...this.state, status: "not-loaded", message: told.text, notice: told });
    }
    return this.state;
  }

  /** A new built-in dataset (add-in update, reload): corrections re-apply by record id. */
  setBuiltin(builtin: Dataset): void {
    this.builtin = builtin;
    this.set({ ...this.state, report: applyUserDataWithReport(builtin, this.state.user) });
  }

  /**
   * Makes `change(current)` the user data: saved to the workbook first; published only if that worked.
   * Changes run one after another, each on the result of the previous one. Rejects with the save's error.
   */
  update(change: (current: UserData) => UserData): Promise<SessionState> {
    const next = this.queue.then(async () => {
      // Never save over stored data that could not be read: try reading it again first.
      if (this.storage && this.state.status === "not-loaded") await this.load();
      if (this.storage && this.state.status === "not-loaded") {
        const detail = this.state.message ?? "";
        throw new NoticeError(
          notice(
            "not-loaded",
            `The saved data in this workbook could not be read, so nothing was changed. ${detail}`.trim(),
            { detail },
          ),
        );
      }
      let user = change(this.state.user);
      let told = this.state.notice;
      if (this.storage) {
        const saved = await this.storage.save(user);
        user = saved.stored;
        if (saved.textsDropped?.length) {
          const names = saved.textsDropped.join(", ");
          told = notice(
            "texts-dropped",
            `To fit in the workbook, the full text of ${names} was not kept; its records and quotes were.`,
            { names },
          );
        }
      }
      this.set({
        ...this.state,
        user,
        message: told?.text,
        notice: told,
        report: applyUserDataWithReport(this.builtin, user),
      });
      return this.state;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The JSON file a team shares. */
  exportFile(): string {
    return serializeUserData(this.state.user);
  }

  /** Reads a team file (validated; older formats migrated) and merges it in or replaces ours. */
  async importFile(text: string, mode: "merge" | "replace"): Promise<SessionState> {
    const { user: theirs } = parseUserData(text); // throws a UserDataError with a clear message: nothing changes
    return this.update((ours) => (mode === "merge" ? mergeUserData(ours, theirs) : theirs));
  }
}

// ---------------------------------------------------------------------------------------------------------
// The session of the shared runtime: started once by whoever loads the built-in data (the functions'
// bootstrap, or the pane where it loads the data itself), then used by the pane's panels.

let current: UserDataSession | undefined;

export interface StartOptions {
  /** Publishes the corrected dataset; by default the shared store (setDataset → live recalculation). */
  publish?: (dataset: Dataset) => void;
  /**
   * Where the data is kept: `new WorkbookUserDataStore()` inside Excel (HostInfo.inExcel). Omitted, the
   * data lives in memory only (a browser tab outside Excel), and the session says so ("no-workbook").
   */
  storage?: UserDataStorage;
}

/**
 * Creates the session over `builtin`, loads the workbook's user data and publishes the corrected dataset.
 * Called again (a reload of the built-in data) it keeps the session and re-applies the corrections.
 */
export async function startUserDataSession(
  builtin: Dataset,
  options: StartOptions = {},
): Promise<UserDataSession> {
  if (current) {
    current.setBuiltin(builtin);
    return current;
  }
  const session = new UserDataSession(
    builtin,
    options.publish ?? ((ds) => void setDataset(ds)),
    options.storage,
  );
  current = session;
  await session.start();
  return session;
}

export function currentUserDataSession(): UserDataSession | undefined {
  return current;
}

/** Test helper. */
export function resetUserDataSession(): void {
  current = undefined;
}

/** What went wrong, as a notice: an error's own (NoticeError), else its English message. */
export function noticeOf(error: unknown): Notice {
  if (error instanceof NoticeError) return notice(error.code, error.message, error.values);
  return notice("error", error instanceof Error ? error.message : String(error));
}
