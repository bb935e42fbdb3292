/**
 * Task pane entry: waits for Office (or learns that there is no host) and mounts the app. The import
 * and review tabs join once the data is there and their small module has loaded; their panels load
 * their code when first opened.
 */
import { createRoot } from "react-dom/client";
import { App, type PaneTab } from "./App";
import { whenReady } from "../model/runtime";
import { detectHost } from "./host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // After the data has arrived (or failed), so that it does not compete with the first documents.
  const tabs = whenReady()
    .catch(() => undefined)
    .then(() => import("./import/tabs"))
    .then((m) => m.importTabs());
  void detectHost().then((host) => {
    const show = (extraTabs: readonly PaneTab[]) => root.render(<App host={host} extraTabs={extraTabs} />);
    show([]);
    void tabs.then(show, () => undefined);
  });
}
