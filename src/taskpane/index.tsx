/** Task pane entry: waits for Office (or learns that there is no host) and mounts the app. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { watchHost } from "./host";
import { importTabs } from "./import/tabs";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // The import and review sections load their code when first opened.
  const extraTabs = importTabs();
  // "Connecting to Excel…" first, then the real host however late Office answers (a fresh mount, so that
  // the language and theme follow Office's).
  watchHost((host) =>
    root.render(<App key={host.connecting ? "connecting" : "host"} host={host} extraTabs={extraTabs} />),
  );
}
