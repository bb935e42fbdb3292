/**
 * The import and review sections as App `extraTabs`, connected to the shared user-data session:
 *   <App host={host} extraTabs={importTabs()} />
 * Every change goes through UserDataSession.update: stored in the workbook first, then published with
 * setDataset, which refreshes the pane (App subscribes) and recalculates every PLAN formula
 * (src/excel/recalculate.ts). The sections' code loads when a tab is first opened.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { PaneTab } from "../App";
import { STRING_TABLE } from "../strings";
import "./strings-data"; // the import and review entries of the string table

const ImportSection = lazy(() => import("./sections").then((m) => ({ default: m.ImportSection })));
const ReviewSection = lazy(() => import("./sections").then((m) => ({ default: m.ReviewSection })));

export function importTabs(): PaneTab[] {
  return [
    {
      id: "import",
      label: STRING_TABLE.tabImport,
      render: ({ store, lang, host }) => (
        <Suspense fallback={<Spinner size="small" />}>
          <ImportSection store={store} lang={lang} host={host} />
        </Suspense>
      ),
    },
    {
      id: "review",
      label: STRING_TABLE.tabReview,
      render: ({ store, lang, host }) => (
        <Suspense fallback={<Spinner size="small" />}>
          <ReviewSection store={store} lang={lang} host={host} />
        </Suspense>
      ),
    },
  ];
}
