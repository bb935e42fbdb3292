/**
 * Task pane entry: waits for Office (or learns that there is no host) and mounts the app. The import
 * and review tabs join once their small module has loaded, after the first paint; their panels load
 * their code when first opened.
 */
import { createRoot } from "react-dom/client";
import { App, type PaneTab } from "./App";
import { detectHost } from "./host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const tabs = import("./import/tabs").then((m) => m.importTabs());
  void detectHost().then((host) => {
    const show = (extraTabs: readonly PaneTab[]) => root.render(<App host={host} extraTabs={extraTabs} />);
    show([]);
    void tabs.then(show, () => undefined);
  });
}
