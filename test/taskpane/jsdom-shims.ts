/** Browser APIs Fluent UI uses that jsdom lacks (layout does not exist in jsdom, so they observe nothing). */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const win = globalThis as unknown as { ResizeObserver?: unknown };
win.ResizeObserver ??= NoLayoutResizeObserver;
