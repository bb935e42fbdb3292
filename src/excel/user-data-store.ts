/**
 * Keeps the user's data (corrections, imported documents, CSV records) inside the workbook as custom XML
 * parts in the add-in's own namespace, so that a colleague opening the workbook sees the same numbers.
 * The layout (parts of at most 1 MB, checksums, XML parsing) is user-data-parts.ts.
 *
 * Nothing is ever lost:
 * - a save writes all the new parts first, each in its own request, and only then removes the revisions
 *   they replace;
 * - a save is a compare-and-swap on the revision: if another pane or co-author saved since this one read
 *   the data, it reloads, replays its own changes on theirs by record id (mergeConcurrent) and writes that;
 *   after writing it reads again, and if another writer won the same revision it merges and writes anew;
 * - entries that fail validation are set aside (kept, reported), not the whole data;
 * - a damaged part or revision is never deleted; data from a newer add-in version blocks saving.
 */
import { emptyUserData, mergeConcurrent, type UserData } from "../model/corrections";
import type { LoadResult, UserDataStorage } from "../model/user-data-session";
import {
  assemble,
  fitForWorkbook,
  keyOf,
  readPart,
  summarise,
  USER_DATA_NAMESPACE,
  UserDataStoreError,
  type FitOptions,
  type PartReading,
} from "./user-data-parts";
import { notice } from "../model/notice";

export * from "./user-data-parts";

export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Parts read per request, so that a response stays below the request limit too. */
const PARTS_PER_READ = 4;
const SAVE_ATTEMPTS = 3;

export interface SaveResult {
  revision: number;
  /** What was stored: the data given (merged with a concurrent save), less full texts left out to fit. */
  stored: UserData;
  /** Documents whose full text was left out (their records and quotes are kept). */
  textsDropped: string[];
}

interface StoredPart {
  part: Excel.CustomXmlPart;
  reading: PartReading;
}

async function readParts(context: Excel.RequestContext): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(USER_DATA_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const stored: StoredPart[] = [];
  for (let i = 0; i < parts.items.length; i += PARTS_PER_READ) {
    const batch = parts.items.slice(i, i + PARTS_PER_READ).map((part) => ({ part, xml: part.getXml() }));
    await context.sync();
    for (const { part, xml } of batch) stored.push({ part, reading: readPart(xml.value) });
  }
  return stored;
}

const stateOf = (parts: StoredPart[]) => summarise(assemble(parts.map((p) => p.reading)));

const defaultRun: RunExcel = (batch) => Excel.run(batch);

/** Custom XML parts in Excel need ExcelApi 1.5 (Excel 2016 and later, Excel on the web). */
export function canStoreInWorkbook(): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.5");
  } catch {
    return false;
  }
}

let writers = 0;
/** A name for this copy of the add-in's writes, so that two saves of the same revision are told apart. */
function newWriterId(): string {
  writers++;
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${writers}`;
}

/** Loads and saves UserData in the workbook; saves run one at a time, in the order requested. */
export class WorkbookUserDataStore implements UserDataStorage {
  private queue: Promise<unknown> = Promise.resolve();
  /** The revision this store last read or wrote, and its data: the base of a compare-and-swap. */
  private seen?: { current?: { revision: number; writer: string }; user: UserData };
  private readonly writer = newWriterId();

  constructor(
    private readonly run: RunExcel = defaultRun,
    private readonly limits: Omit<FitOptions, "writer"> = {},
  ) {}

  /** Reads the stored data (start-up, or after another user's change). Never destroys anything. */
  async load(): Promise<LoadResult> {
    const state = await this.run(async (context) => stateOf(await readParts(context)));
    if (state.status === "ok" || state.status === "empty")
      this.seen = { current: state.current, user: state.user };
    const { current: _current, ...result } = state;
    return result;
  }

  /**
   * Stores `user` as a new revision, then removes the revisions it replaces. When another copy saved
   * since this one read, `user`'s changes are replayed on that data first (the result is `stored`).
   * Rejects (and changes nothing) when the workbook holds data from a newer add-in version, when the data
   * cannot fit even without full document texts, or when Excel fails before the write.
   */
  save(user: UserData): Promise<SaveResult> {
    const next = this.queue.then(() => this.saveNow(user));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async saveNow(user: UserData): Promise<SaveResult> {
    for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
      const saved = await this.run((context) => this.trySave(context, user));
      if (saved) return saved;
    }
    throw new UserDataStoreError(
      notice(
        "save-contention",
        "Another copy of the add-in kept saving to this workbook at the same time; your change was not saved. " +
          "Try again.",
      ),
    );
  }

  /** One compare-and-swap: undefined when another writer won the revision (the caller tries again). */
  private async trySave(context: Excel.RequestContext, user: UserData): Promise<SaveResult | undefined> {
    const state = stateOf(await readParts(context));
    if (state.status === "newer")
      throw new UserDataStoreError(state.notice ?? notice("stored-newer", "newer data in the workbook"));
    const unchanged = this.seen && same(this.seen.current, state.current);
    const data = unchanged ? user : mergeConcurrent(this.seen?.user ?? emptyUserData(), user, state.user);
    const revision = state.revision + 1;
    const { parts, stored, textsDropped } = fitForWorkbook(data, revision, {
      ...this.limits,
      writer: this.writer,
    });
    for (const xml of parts) {
      context.workbook.customXmlParts.add(xml); // one part per request: each stays far below the limit
      await context.sync();
    }
    const after = await readParts(context);
    const revisions = assemble(after.map((p) => p.reading));
    if (!same(summarise(revisions).current, { revision, writer: this.writer })) return undefined;
    // Ours is the current revision: only now may the ones it replaces go. Damaged ones stay for recovery.
    const damaged = new Set(revisions.filter((r) => r.kind === "corrupt").map((r) => keyOf(r)));
    const replaced = after.filter(
      ({ reading }) => reading.kind === "part" && reading.revision < revision && !damaged.has(keyOf(reading)),
    );
    for (const p of replaced) p.part.delete();
    // The data is saved; a part another copy removed first makes this fail, and a leftover is tidied later.
    if (replaced.length > 0) await context.sync().catch(() => undefined);
    this.seen = { current: { revision, writer: this.writer }, user: stored };
    return { revision, stored, textsDropped };
  }
}

function same(a?: { revision: number; writer: string }, b?: { revision: number; writer: string }): boolean {
  return a?.revision === b?.revision && a?.writer === b?.writer;
}
