/**
 * Task pane entry: waits for Office (or learns that there is no host) and mounts the app. The import
 * and review tabs join once the data is there and their small module has loaded; their panels load
 * their code when first opened.
 */
import { createRoot } from "react-dom/client";
import { App, type PaneTab } from "./App";
import { whenReady } from "../model/runtime";
import { watchHost, type HostInfo } from "./host";

/** Resolves once the browser has painted the next frame and has a moment to spare (at most ~1 s on). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1000 });
      else setTimeout(resolve, 0);
    }),
  );
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // After the data has arrived (or failed) and the documents are on screen, so that loading and
  // rendering them does not compete with the first documents.
  const tabs = whenReady()
    .catch(() => undefined)
    .then(afterPaint)
    .then(() => import("./import/tabs"))
    .then((m) => m.importTabs());
  let extraTabs: readonly PaneTab[] = [];
  let current: HostInfo | undefined;
  // A fresh mount when Office answers, so that the language and theme follow Office's.
  const show = () =>
    current &&
    root.render(
      <App key={current.connecting ? "connecting" : "host"} host={current} extraTabs={extraTabs} />,
    );
  // "Connecting to Excel…" first, then the real host however late Office answers.
  watchHost((host) => {
    current = host;
    show();
  });
  void tabs.then(
    (loaded) => {
      extraTabs = loaded;
      show();
    },
    () => undefined,
  );
}
