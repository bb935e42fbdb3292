/**
 * An in-memory stand-in for the parts of Excel's object model the add-in uses, with Office.js's batching
 * semantics: writes and loads are queued and happen at context.sync(); a loaded property read before the
 * sync throws. Strings written to `values` or `formulas` are interpreted as Excel interprets typed input
 * ("=…" becomes a formula, a leading apostrophe keeps text), so the tests see what a user would see.
 * The `Excel` global around it comes from office-addin-mock (see installExcel).
 */
import { OfficeMockObject } from "office-addin-mock";

type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  /** Set for formula cells only. */
  formula?: string;
  numberFormat: string;
}

export interface FakeRule {
  sheet: FakeSheet;
  top: number;
  left: number;
  height: number;
  width: number;
  fill?: string;
  font?: string;
  rule?: { formula1: string; operator: string };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  props = new Map<string, string>();
  frozenRows = 0;
  widths = new Map<number, number>();
  hidden = new Set<number>();
  /** Columns wrapped as a whole, and single rows wrapped (a header row). */
  wrapped = new Set<number>();
  wrappedRows = new Set<number>();
  /** Per column: fill colour and data validation of the cells written with them. */
  fills = new Map<number, string>();
  validations = new Map<number, { rule: unknown; errorAlert?: unknown }>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): FakeCell {
    return this.cells.get(`${r},${c}`) ?? { value: "", numberFormat: "General" };
  }
  put(r: number, c: number, input: Scalar): void {
    const format = this.cell(r, c).numberFormat;
    this.cells.set(`${r},${c}`, { numberFormat: format, ...typeIn(input, format) });
  }
  format(r: number, c: number, numberFormat: string): void {
    this.cells.set(`${r},${c}`, { ...this.cell(r, c), numberFormat });
  }
  /** Inserts a row (shifting cells below down), as adding a table row does. */
  insertRow(at: number): void {
    this.shiftRows(at, 1);
  }
  /** Moves every row from `from` down by `by` (up when negative, dropping rows it moves over). */
  shiftRows(from: number, by: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r >= from) {
        if (r + by >= 0) moved.set(`${r + by},${c}`, cell);
      } else if (by > 0 || r < from + by) moved.set(key, cell);
    }
    this.cells = moved;
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  /** Body rows. */
  rows: number;
  headers: string[];
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * What typing `input` into a cell of `format` gives, as Excel reads typed input: in a text cell (`@`) the
 * input is kept as typed (a leading apostrophe is still consumed); otherwise `=…` is a formula, and dates,
 * percentages, numbers (also `1e5`, `(5)`, `1,234`) and TRUE/FALSE become values of those types, with
 * the format Excel gives them.
 */
function typeIn(
  input: Scalar,
  format = "General",
): Omit<FakeCell, "numberFormat"> & { numberFormat?: string } {
  if (typeof input !== "string") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (format === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: "#CALC", formula: input };
  const text = input.trim();
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (date) {
    const serial = (Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) - EXCEL_EPOCH) / DAY_MS;
    return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const percent = /^([+-]?[\d.]+(?:e[+-]?\d+)?)%$/i.exec(text);
  if (percent && Number.isFinite(Number(percent[1])))
    return { value: Number(percent[1]) / 100, numberFormat: "0%" };
  const negative = /^\(([\d.,]+)\)$/.exec(text);
  const plain = (negative ? negative[1]! : text).replace(/,(?=\d{3}\b)/g, "");
  const n = Number(plain);
  if (text !== "" && Number.isFinite(n)) return { value: negative ? -n : n };
  return { value: input };
}

class NotLoaded extends Error {}

/**
 * Excel itself: calculation mode and Application.calculate, which (as in Excel) recalculates every open
 * workbook, not only the one whose add-in asked.
 */
export class FakeApplication {
  calculationMode = "Automatic";
  fullCalculations = 0;
  constructor(public workbooks: FakeWorkbookState[]) {}
  open(workbook: FakeWorkbookState): void {
    this.workbooks.push(workbook);
    workbook.application = this;
  }
  calculate(): void {
    this.fullCalculations++;
    for (const wb of this.workbooks) wb.calculatedCells += wb.formulaCells().length;
  }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  rules: FakeRule[] = [];
  syncs = 0;
  queue: (() => void)[] = [];
  selection = { sheet: "", row: 0, col: 0 };
  /** Name of the active sheet. */
  active = "";
  /** Formula cells Excel was asked to calculate, per calculation request (see FakeApplication). */
  calculatedCells = 0;
  /** What Worksheet.findAll compares with: formulas (as Excel's Find does by default) or values. */
  searchLooksAt: "formulas" | "values" = "formulas";
  /** The Excel instance this workbook is open in; several workbooks may share one. */
  application = new FakeApplication([this]);
  private nextId = 1;

  /** Every formula cell of the workbook's sheets. */
  formulaCells(): { sheet: FakeSheet; r: number; c: number }[] {
    return this.sheets.flatMap((sheet) =>
      [...sheet.cells].flatMap(([key, cell]) => {
        if (cell.formula === undefined) return [];
        const [r, c] = key.split(",").map(Number) as [number, number];
        return [{ sheet, r, c }];
      }),
    );
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
    }
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
  table(name: string): FakeTable {
    const found = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`ItemNotFound: table ${name}`);
    return found;
  }
  /** The body of a table as a grid of cells. */
  tableBody(name: string): FakeCell[][] {
    const t = this.table(name);
    return Array.from({ length: t.rows }, (_, r) =>
      t.headers.map((_h, c) => t.sheet.cell(t.top + 1 + r, t.left + c)),
    );
  }
  column(name: string, header: string): FakeCell[] {
    const t = this.table(name);
    const c = t.headers.indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    return this.tableBody(name).map((row) => row[c]!);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const work = this.queue;
    this.queue = [];
    for (const step of work) step();
  }
  context(): FakeContext {
    return new FakeContext(this);
  }
}

interface Area {
  sheet: FakeSheet;
  top: number;
  left: number;
  height: number;
  width: number;
}

/** A loadable value: set at sync, readable only after it. */
class Loaded<T> {
  private state: { ok: true; value: T } | { ok: false } = { ok: false };
  set(value: T) {
    this.state = { ok: true, value };
  }
  get(what: string): T {
    if (!this.state.ok) throw new NotLoaded(`${what} read before load and sync`);
    return this.state.value;
  }
}

class FakeRange {
  private loadedValues = new Loaded<Scalar[][]>();
  private loadedFormulas = new Loaded<Scalar[][]>();
  private loadedFormats = new Loaded<string[][]>();
  private loadedAddress = new Loaded<string>();
  private loadedRow = new Loaded<number>();
  private loadedColumn = new Loaded<number>();
  constructor(
    private wb: FakeWorkbookState,
    private area: () => Area,
  ) {}

  private grid<T>(pick: (cell: FakeCell) => T): T[][] {
    const a = this.area();
    return Array.from({ length: a.height }, (_, r) =>
      Array.from({ length: a.width }, (_, c) => pick(a.sheet.cell(a.top + r, a.left + c))),
    );
  }
  private write(input: Scalar[][], put: (a: Area, r: number, c: number, v: Scalar) => void) {
    this.wb.queue.push(() => {
      const a = this.area();
      if (input.length !== a.height || input.some((row) => row.length !== a.width)) {
        throw new Error(
          `InvalidArgument: ${input.length}x${input[0]?.length} written to ${a.height}x${a.width}`,
        );
      }
      input.forEach((row, r) => row.forEach((v, c) => put(a, a.top + r, a.left + c, v)));
    });
  }
  load(props: string) {
    this.wb.queue.push(() => {
      for (const p of props.split(",").map((s) => s.trim())) {
        if (p === "values") this.loadedValues.set(this.grid((c) => c.value));
        if (p === "formulas") this.loadedFormulas.set(this.grid((c) => c.formula ?? c.value));
        if (p === "numberFormat") this.loadedFormats.set(this.grid((c) => c.numberFormat));
        if (p === "rowIndex") this.loadedRow.set(this.area().top);
        if (p === "columnIndex") this.loadedColumn.set(this.area().left);
        if (p === "address") {
          const a = this.area();
          this.loadedAddress.set(`${a.sheet.name}!${columnLetter(a.left)}${a.top + 1}`);
        }
      }
    });
    return this;
  }
  get values(): Scalar[][] {
    return this.loadedValues.get("values");
  }
  set values(input: Scalar[][]) {
    this.write(input, (a, r, c, v) => a.sheet.put(r, c, v));
  }
  get formulas(): Scalar[][] {
    return this.loadedFormulas.get("formulas");
  }
  set formulas(input: Scalar[][]) {
    this.write(input, (a, r, c, v) => a.sheet.put(r, c, v));
  }
  get numberFormat(): string[][] {
    return this.loadedFormats.get("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.write(input, (a, r, c, v) => a.sheet.format(r, c, String(v)));
  }
  get address(): string {
    return this.loadedAddress.get("address");
  }
  get rowIndex(): number {
    return this.loadedRow.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedColumn.get("columnIndex");
  }
  set columnHidden(hidden: boolean) {
    this.wb.queue.push(() => {
      const a = this.area();
      for (let c = a.left; c < a.left + a.width; c++) {
        if (hidden) a.sheet.hidden.add(c);
        else a.sheet.hidden.delete(c);
      }
    });
  }
  /** Range.calculate (ExcelApi 1.6): the formula cells of this range. */
  calculate() {
    this.wb.queue.push(() => {
      const a = this.area();
      for (const { sheet, r, c } of this.wb.formulaCells()) {
        const inside = r >= a.top && r < a.top + a.height && c >= a.left && c < a.left + a.width;
        if (sheet === a.sheet && inside) this.wb.calculatedCells++;
      }
    });
  }
  getCell(r: number, c: number) {
    return new FakeRange(this.wb, () => ({
      ...this.area(),
      top: this.area().top + r,
      left: this.area().left + c,
      height: 1,
      width: 1,
    }));
  }
  get format() {
    const wb = this.wb;
    const area = this.area;
    const forColumns = (apply: (sheet: FakeSheet, c: number) => void) =>
      wb.queue.push(() => {
        const a = area();
        for (let c = a.left; c < a.left + a.width; c++) apply(a.sheet, c);
      });
    return {
      set columnWidth(w: number) {
        forColumns((sheet, c) => sheet.widths.set(c, w));
      },
      set wrapText(on: boolean) {
        wb.queue.push(() => {
          const a = area();
          if (a.height === 1 && on) a.sheet.wrappedRows.add(a.top);
        });
        forColumns((sheet, c) => {
          if (area().height > 1) {
            if (on) sheet.wrapped.add(c);
            else sheet.wrapped.delete(c);
          }
        });
      },
      set verticalAlignment(_v: string) {},
      fill: {
        set color(color: string) {
          forColumns((sheet, c) => sheet.fills.set(c, color));
        },
      },
      font: { set bold(_b: boolean) {} },
    };
  }
  get dataValidation() {
    const wb = this.wb;
    const area = this.area;
    const forColumns = (apply: (sheet: FakeSheet, c: number) => void) =>
      wb.queue.push(() => {
        const a = area();
        for (let c = a.left; c < a.left + a.width; c++) apply(a.sheet, c);
      });
    return {
      clear: () => forColumns((sheet, c) => sheet.validations.delete(c)),
      set rule(rule: unknown) {
        forColumns((sheet, c) => sheet.validations.set(c, { ...sheet.validations.get(c), rule }));
      },
      set errorAlert(errorAlert: unknown) {
        forColumns((sheet, c) =>
          sheet.validations.set(c, { rule: sheet.validations.get(c)?.rule, errorAlert }),
        );
      },
    };
  }
  get conditionalFormats() {
    const wb = this.wb;
    const area = this.area;
    return {
      clearAll() {
        wb.queue.push(() => {
          const a = area();
          wb.rules = wb.rules.filter(
            (r) => !(r.sheet === a.sheet && r.left === a.left && r.width === a.width),
          );
        });
      },
      add(type: string) {
        if (type !== "CellValue") throw new Error(`fake supports CellValue rules only, got ${type}`);
        const rule: Partial<FakeRule> = {};
        wb.queue.push(() => wb.rules.push({ ...area(), ...rule } as FakeRule));
        return {
          cellValue: {
            format: {
              fill: {
                set color(c: string) {
                  rule.fill = c;
                },
              },
              font: {
                set color(c: string) {
                  rule.font = c;
                },
              },
            },
            set rule(r: { formula1: string; operator: string }) {
              rule.rule = r;
            },
          },
        };
      },
    };
  }
}

function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class FakeTableProxy {
  private loadedName = new Loaded<string>();
  worksheet: { load: (p: string) => void; readonly id: string };
  constructor(
    private wb: FakeWorkbookState,
    private model: () => FakeTable,
  ) {
    const id = new Loaded<string>();
    this.worksheet = {
      load: () => wb.queue.push(() => id.set(model().sheet.id)),
      get id() {
        return id.get("worksheet.id");
      },
    };
  }
  setLoadedName(name: string) {
    this.loadedName.set(name);
  }
  get name(): string {
    return this.loadedName.get("name");
  }
  set name(name: string) {
    this.wb.queue.push(() => {
      const t = this.model();
      if (this.wb.tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`InvalidArgument: table name ${name} taken`);
      }
      t.name = name;
    });
  }
  private range(
    rowFrom: (t: FakeTable) => number,
    rows: (t: FakeTable) => number,
    col?: (t: FakeTable) => number,
  ) {
    return new FakeRange(this.wb, () => {
      const t = this.model();
      const c = col ? col(t) : undefined;
      return {
        sheet: t.sheet,
        top: rowFrom(t),
        left: c === undefined ? t.left : t.left + c,
        height: rows(t),
        width: c === undefined ? t.headers.length : 1,
      };
    });
  }
  getHeaderRowRange() {
    return this.range(
      (t) => t.top,
      () => 1,
    );
  }
  getDataBodyRange() {
    return this.range(
      (t) => t.top + 1,
      (t) => t.rows,
    );
  }
  getRange() {
    return this.range(
      (t) => t.top,
      (t) => t.rows + 1,
    );
  }
  get columns() {
    const column = (index: (t: FakeTable) => number) => ({
      getRange: () =>
        this.range(
          (t) => t.top,
          (t) => t.rows + 1,
          index,
        ),
      getDataBodyRange: () =>
        this.range(
          (t) => t.top + 1,
          (t) => t.rows,
          index,
        ),
    });
    const indexOf = (header: string) => (t: FakeTable) => {
      const i = t.headers.indexOf(header);
      if (i < 0) throw new Error(`ItemNotFound: column ${header}`);
      return i;
    };
    return {
      getItem: (header: string) => column(indexOf(header)),
      getItemAt: (i: number) => column(() => i),
      add: (index: number | undefined, values: Scalar[][]) => {
        if (index !== undefined) throw new Error("fake appends columns only");
        this.wb.queue.push(() => {
          const t = this.model();
          if (values.length !== t.rows + 1) throw new Error("InvalidArgument: column values height");
          const c = t.left + t.headers.length;
          t.headers.push(String(values[0]![0]));
          values.forEach((row, r) => t.sheet.put(t.top + r, c, row[0]!));
        });
      },
    };
  }
  get rows() {
    return {
      add: (index: number | undefined, values: Scalar[][]) => {
        if (index !== undefined) throw new Error("fake appends rows only");
        this.wb.queue.push(() => {
          const t = this.model();
          for (const row of values) {
            if (row.length !== t.headers.length) throw new Error("InvalidArgument: row width");
            const at = t.top + 1 + t.rows;
            t.sheet.insertRow(at);
            row.forEach((v, c) => t.sheet.put(at, t.left + c, v));
            t.rows++;
          }
        });
      },
    };
  }
}

class FakeWorksheetProxy {
  private loadedName = new Loaded<string>();
  private loadedId = new Loaded<string>();
  constructor(
    private wb: FakeWorkbookState,
    private model: () => FakeSheet,
  ) {}
  snapshot() {
    this.loadedName.set(this.model().name);
    this.loadedId.set(this.model().id);
  }
  get visibility() {
    return this.model().visibility;
  }
  get name() {
    return this.loadedName.get("name");
  }
  get id() {
    return this.loadedId.get("id");
  }
  getRangeByIndexes(top: number, left: number, height: number, width: number) {
    return new FakeRange(this.wb, () => ({ sheet: this.model(), top, left, height, width }));
  }
  activate() {
    this.wb.queue.push(() => (this.wb.active = this.model().name));
  }
  /** The smallest area holding every non-empty cell (A1 on an empty sheet, as Excel answers). */
  getUsedRange(_valuesOnly?: boolean) {
    return new FakeRange(this.wb, () => {
      const sheet = this.model();
      const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
      if (keys.length === 0) return { sheet, top: 0, left: 0, height: 1, width: 1 };
      const rows = keys.map(([r]) => r);
      const cols = keys.map(([, c]) => c);
      const top = Math.min(...rows);
      const left = Math.min(...cols);
      return { sheet, top, left, height: Math.max(...rows) - top + 1, width: Math.max(...cols) - left + 1 };
    });
  }
  /**
   * Worksheet.findAllOrNullObject (ExcelApi 1.9), searching formulas as Excel's Find does by default: the
   * cells whose formula (or, for constants, value) contains `text`, as a RangeAreas that can calculate.
   */
  findAllOrNullObject(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean }) {
    const wb = this.wb;
    const model = this.model;
    const searchable = (cell: FakeCell) =>
      model().visibility !== "Visible" // office-js #6349: nothing is found on a hidden sheet
        ? ""
        : wb.searchLooksAt === "values"
          ? String(cell.value)
          : (cell.formula ?? String(cell.value));
    const found = new Loaded<{ r: number; c: number }[]>();
    const fold = (t: string) => (criteria.matchCase ? t : t.toLowerCase());
    return {
      load: (_props?: string) =>
        wb.queue.push(() =>
          found.set(
            [...model().cells].flatMap(([key, cell]) => {
              const content = fold(searchable(cell));
              const hit = criteria.completeMatch ? content === fold(text) : content.includes(fold(text));
              const [r, c] = key.split(",").map(Number) as [number, number];
              return hit ? [{ r, c }] : [];
            }),
          ),
        ),
      get isNullObject() {
        return found.get("isNullObject").length === 0;
      },
      calculate: () =>
        wb.queue.push(() => {
          for (const { r, c } of found.get("cells to calculate")) {
            if (model().cell(r, c).formula !== undefined) wb.calculatedCells++;
          }
        }),
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.wb.queue.push(() => (this.model().frozenRows = n)) };
  }
  get customProperties() {
    const wb = this.wb;
    const model = this.model;
    return {
      add: (key: string, value: string) => wb.queue.push(() => model().props.set(key, value)),
      getItemOrNullObject: (key: string) => {
        const value = new Loaded<string | undefined>();
        const item = {
          // as Office.js does, load() returns the object (so that it can be chained)
          load: () => {
            wb.queue.push(() => value.set(model().props.get(key)));
            return item;
          },
          get isNullObject() {
            return value.get("isNullObject") === undefined;
          },
          get value() {
            const v = value.get("value");
            if (v === undefined) throw new Error("value of a null object");
            return v;
          },
        };
        return item;
      },
    };
  }
  get tables() {
    return {
      add: (range: FakeRange, hasHeaders: boolean) => {
        if (!hasHeaders) throw new Error("fake needs header rows");
        let created: FakeTable | undefined;
        const area = (range as unknown as { area: () => Area }).area;
        this.wb.queue.push(() => {
          const a = area();
          const headers = Array.from({ length: a.width }, (_, c) =>
            String(a.sheet.cell(a.top, a.left + c).value),
          );
          created = {
            name: `Table${this.wb.tables.length + 1}`,
            sheet: a.sheet,
            top: a.top,
            left: a.left,
            rows: a.height - 1,
            headers,
          };
          this.wb.tables.push(created);
        });
        return new FakeTableProxy(this.wb, () => created!);
      },
      getItem: (name: string) => new FakeTableProxy(this.wb, () => this.wb.table(name)),
    };
  }
}

function collection<P>(wb: FakeWorkbookState, list: () => P[]) {
  let items: P[] | undefined;
  return {
    load: () => wb.queue.push(() => (items = list())),
    get items(): P[] {
      if (!items) throw new NotLoaded("items read before load and sync");
      return items;
    },
  };
}

export class FakeContext {
  workbook: unknown;
  constructor(private wb: FakeWorkbookState) {
    const sheets = collection(wb, () =>
      wb.sheets.map((s) => {
        const p = new FakeWorksheetProxy(wb, () => s);
        p.snapshot();
        return p;
      }),
    );
    const tables = collection(wb, () =>
      wb.tables.map((t) => {
        const p = new FakeTableProxy(wb, () => t);
        p.setLoadedName(t.name);
        return p;
      }),
    );
    this.workbook = {
      worksheets: Object.assign(sheets, {
        add: (name: string) => {
          let created: FakeSheet | undefined;
          wb.queue.push(() => (created = wb.addSheet(name)));
          return new FakeWorksheetProxy(wb, () => created!);
        },
      }),
      tables,
      application: {
        load: () => wb.queue.push(() => undefined),
        get calculationMode() {
          return wb.application.calculationMode;
        },
        calculate: () => wb.queue.push(() => wb.application.calculate()),
      },
      getSelectedRange: () => {
        const { sheet, row, col } = wb.selection;
        return new FakeRange(wb, () => ({
          sheet: wb.sheet(sheet),
          top: row,
          left: col,
          height: 1,
          width: 1,
        }));
      },
    };
  }
  sync() {
    return this.wb.sync();
  }
}

/** Puts an office-addin-mock `Excel` global in place whose run() hands callbacks the fake workbook. */
export function installExcel(state: FakeWorkbookState): void {
  const excel = new OfficeMockObject({
    run: async (callback: (context: FakeContext) => Promise<unknown>) => callback(state.context()),
  });
  (globalThis as { Excel?: unknown }).Excel = excel;
}
