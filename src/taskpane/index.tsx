/** Task pane entry: waits for Office (or learns that there is no host) and mounts the app. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";
import { importTabs } from "./import/tabs";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // The import and review sections load their code when first opened.
  const extraTabs = importTabs();
  void detectHost().then((host) => root.render(<App host={host} extraTabs={extraTabs} />));
}
