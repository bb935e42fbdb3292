/** Browser APIs Fluent UI uses that jsdom lacks (layout does not exist in jsdom, so they observe nothing). */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const win = globalThis as unknown as { ResizeObserver?: unknown };
win.ResizeObserver ??= NoLayoutResizeObserver;

// Sections load their code lazily; on a busy machine that can take longer than testing-library's 1 s.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 4000 });
