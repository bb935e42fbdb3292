/**
 * An in-memory stand-in for workbook.customXmlParts with Office.js's batching: loads, reads, adds and
 * deletes are queued and happen at context.sync(); a result read before its sync throws. A failure can be
 * injected at a chosen sync to model an interrupted save (pane closed, connection lost).
 */
import { USER_DATA_NAMESPACE } from "../../src/excel/user-data-store";

interface Part {
  id: string;
  namespace: string;
  xml: string;
}

export class FakeParts {
  parts: Part[] = [];
  private pending: (() => void)[] = [];
  private nextId = 1;
  syncs = 0;
  /** Sync number (1-based, counted across the fake's life) that fails before applying its batch. */
  failAtSync?: number;

  /** Every part ever added, in order (parts may be deleted later). */
  added: string[] = [];

  seed(xml: string, namespace = USER_DATA_NAMESPACE): void {
    this.parts.push({ id: `p${this.nextId++}`, namespace, xml });
    this.added.push(xml);
  }

  context(): Excel.RequestContext {
    const customXmlParts = {
      getByNamespace: (ns: string) => {
        const collection = {
          items: undefined as unknown,
          load: () =>
            this.pending.push(() => {
              collection.items = this.parts.filter((p) => p.namespace === ns).map((p) => this.handle(p));
            }),
        };
        return collection;
      },
      add: (xml: string) => {
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
        this.pending.push(() => this.seed(xml, ns));
      },
    };
    return {
      workbook: { customXmlParts },
      sync: async () => {
        this.syncs++;
        const batch = this.pending;
        this.pending = [];
        if (this.syncs === this.failAtSync) throw new Error("RichApi.Error: the connection was lost");
        for (const op of batch) op();
      },
    } as unknown as Excel.RequestContext;
  }

  private handle(part: Part) {
    return {
      id: part.id,
      getXml: () => {
        const result = {
          ready: false,
          text: "",
          get value(): string {
            if (!this.ready) throw new Error("The value of the result object has not been loaded yet.");
            return this.text;
          },
        };
        this.pending.push(() => {
          result.text = part.xml;
          result.ready = true;
        });
        return result;
      },
      delete: () => this.pending.push(() => (this.parts = this.parts.filter((p) => p !== part))),
    };
  }
}
