/**
 * Start-up of the shared runtime inside Excel (call once from the runtime's entry, after Office.onReady).
 *
 * Start-up never waits on the workbook: `context.sync` can hang for a long time on workbooks with many
 * custom functions (OfficeDev/office-js #6678, #6150), and every PLAN cell would show #BUSY! meanwhile.
 * So the built-in indicators.json is published at once, then the workbook's corrections are read in the
 * background with a timeout, and applied when they arrive (however late) with one recalculation of the
 * PLAN cells — see README.md, "Live updates".
 *
 * The user-data session and the workbook store (with its XML parser) are loaded with import() when the
 * workbook is read, not with the functions: they are not needed before the pane's first paint.
 */
import { startLiveRecalculation, type LiveRecalcOptions } from "../excel/recalculate";
import { loadBuiltinDataset } from "../model/load-builtin";
import { failLoading, setDataset } from "../model/runtime";
import type { LoadResult, UserDataSession, UserDataStorage } from "../model/user-data-session";
import type { UserData } from "../model/corrections";
import type { Dataset } from "../record";

export interface StartupOptions extends LiveRecalcOptions {
  fetchImpl?: Parameters<typeof loadBuiltinDataset>[0];
  url?: string;
  /** Where the user's corrections and imports live; by default the workbook, where the host allows it. */
  storage?: UserDataStorage;
  /** How long the first read of the workbook's data may take before start-up reports it as slow. */
  readTimeoutMs?: number;
  /** Where start-up problems are reported (the console by default). */
  report?: (message: string) => void;
  /**
   * Whether the host is Excel, once Office answers (Office.onReady). The built-in data is published
   * without waiting for it; live recalculation and the workbook's data wait, and start only in Excel.
   * Omitted: Excel.
   */
  inExcel?: Promise<boolean>;
}

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

class ReadTimeout extends Error {
  override name = "ReadTimeout";
}

/**
 * A storage whose load gives up after `timeoutMs` without abandoning the read: when it finally answers,
 * its result is kept for the next load() and `onLate` is told, so the caller can load again at no cost.
 */
export class PatientStorage implements UserDataStorage {
  /** The read in progress, and how many callers still wait for it (the others gave up). */
  private pending?: { read: Promise<LoadResult>; waiting: number };
  private late?: LoadResult;

  constructor(
    private readonly inner: UserDataStorage,
    private readonly timeoutMs: number,
    private readonly onLate: () => void,
  ) {}

  load(): Promise<LoadResult> {
    if (this.late) {
      const result = this.late;
      this.late = undefined;
      return Promise.resolve(result);
    }
    const pending = this.pending ?? this.startRead();
    pending.waiting++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        pending.waiting--;
        reject(new ReadTimeout(`Excel did not answer within ${Math.round(this.timeoutMs / 1000)} s`));
      }, this.timeoutMs);
    });
    return Promise.race([pending.read, timeout]).finally(() => clearTimeout(timer));
  }

  private startRead(): { read: Promise<LoadResult>; waiting: number } {
    const pending = { read: this.inner.load(), waiting: 0 };
    this.pending = pending;
    pending.read.then(
      (result) => {
        this.pending = undefined;
        // Everyone gave up on this read: keep its answer for the next load, not wasted.
        if (pending.waiting === 0) {
          this.late = result;
          this.onLate();
        }
      },
      () => (this.pending = undefined),
    );
    return pending;
  }

  save(user: UserData) {
    return this.inner.save(user);
  }
}

const isEmpty = (user: UserData | undefined) =>
  !user ||
  (user.corrections.length === 0 &&
    user.importedDocuments.length === 0 &&
    user.importedRecords.length === 0 &&
    !user.actuals?.length);

/**
 * Resolves with the function that stops live recalculation as soon as the built-in data is published;
 * the workbook's data follows in the background. Never rejects.
 */
export async function startPlanRuntime(options: StartupOptions = {}): Promise<() => void> {
  const report = options.report ?? ((message: string) => console.error(message));
  let builtin: Dataset | undefined;
  try {
    builtin = await loadBuiltinDataset(options.fetchImpl, options.url);
    setDataset(builtin); // every PLAN function answers from here on
  } catch (error) {
    failLoading(error as Error);
    report(`PLAN functions: ${(error as Error).message}`);
  }
  if (!(await (options.inExcel ?? Promise.resolve(true)).catch(() => false))) return () => undefined;
  const stop = startLiveRecalculation({
    ...options,
    onError: options.onError ?? ((error) => report(`PLAN functions could not recalculate: ${error.message}`)),
  });
  if (builtin) {
    void readUserData(builtin, options, report).catch((error: Error) =>
      report(`PLAN functions: ${error.message}`),
    );
  }
  return stop;
}

/** The workbook, where the host allows storing the user's data there; loaded on demand. */
async function workbookStorage(): Promise<UserDataStorage | undefined> {
  const { canStoreInWorkbook, WorkbookUserDataStore } = await import("../excel/user-data-store");
  return canStoreInWorkbook() ? new WorkbookUserDataStore() : undefined;
}

/** Reads the workbook's corrections in the background; publishes only when they change something. */
async function readUserData(
  builtin: Dataset,
  options: StartupOptions,
  report: (message: string) => void,
): Promise<void> {
  const [{ currentUserDataSession, startUserDataSession }, base] = await Promise.all([
    import("../model/user-data-session"),
    options.storage ?? workbookStorage(),
  ]);
  const tell = (session: UserDataSession) => {
    const state = session.getState();
    if (state.status === "not-loaded") {
      report(
        `PLAN functions: the workbook's corrections could not be read yet (${state.message ?? "unknown"}); ` +
          "using the built-in data until they arrive.",
      );
    } else if (state.message) {
      report(`PLAN functions: ${state.message}`);
    }
  };
  const storage =
    base &&
    new PatientStorage(base, options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS, () => {
      const session = currentUserDataSession();
      void session?.start().then(() => tell(session));
    });
  // The built-in data is already published: until the workbook has been read once, publishing empty user
  // data (a timed-out read, an empty workbook) would only recalculate for nothing.
  let readOnce = false;
  const publish = (dataset: Dataset) => {
    const state = currentUserDataSession()?.getState();
    const skip = !readOnce && isEmpty(state?.user);
    if (state && state.status !== "not-loaded") readOnce = true;
    if (!skip) setDataset(dataset);
  };
  void startUserDataSession(builtin, {
    storage,
    publish: (dataset) => publish(dataset),
  })
    .then(tell)
    .catch((error: Error) => report(`PLAN functions: ${error.message}`));
}
