/**
 * What jsdom lacks and the panels use: ResizeObserver (Fluent's MessageBar reflow; jsdom has no layout, so
 * a no-op) and TextDecoder (decoding files; Node's implementation, the same WHATWG API browsers have).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const win = globalThis as unknown as Record<string, unknown>;
win.ResizeObserver ??= NoLayoutResizeObserver;
win.TextDecoder ??= NodeTextDecoder;
win.TextEncoder ??= NodeTextEncoder;
export {};
