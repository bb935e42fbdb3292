/** Task pane entry: waits for Office (or learns that there is no host) and mounts the app. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void detectHost().then((host) => root.render(<App host={host} />));
}
