/** @jest-environment jsdom */
import "./jsdom-shim";
import { fireEvent, render, screen } from "@testing-library/react";
import { emptyUserData, serializeUserData, setCorrection } from "../../../src/model/corrections";
import type { Dataset } from "../../../src/record";
import { TeamFilePanel } from "../../../src/taskpane/import/TeamFilePanel";
import { UserDataSession } from "../../../src/model/user-data-session";

const BUILTIN: Dataset = { version: 1, documents: [], regions: [], records: [] };
const AT = "2026-01-01T00:00:00.000Z";

function setup() {
  const session = new UserDataSession(BUILTIN, () => undefined);
  const downloads: [string, string][] = [];
  render(
    <TeamFilePanel
      exportFile={() => session.exportFile()}
      importFile={(text, mode) => session.importFile(text, mode)}
      download={(name, text) => void downloads.push([name, text])}
      now={() => new Date("2026-04-05T10:00:00Z")}
    />,
  );
  return { session, downloads };
}

const pick = (name: string, text: string) =>
  fireEvent.change(screen.getByLabelText("Import a team file"), {
    target: { files: [new File([text], name)] },
  });

test("export offers the session's data as a dated JSON file", async () => {
  const { session, downloads } = setup();
  await session.update((u) => setCorrection(u, { id: "x", at: AT, action: "reject" }));
  fireEvent.click(screen.getByRole("button", { name: "Export corrections and imports (JSON)" }));
  expect(downloads).toEqual([["plan-indicators-corrections-2026-04-05.json", session.exportFile()]]);
  expect(screen.getByText("Saved plan-indicators-corrections-2026-04-05.json.")).toBeTruthy();
});

test("importing a colleague's file merges it; a broken file is refused with the reason and changes nothing", async () => {
  const { session } = setup();
  pick("broken.json", '{"format": "something-else"}');
  await screen.findByText("broken.json was not imported: This is not a Plan Indicators team file.");
  expect(session.getState().user.corrections).toEqual([]);
  pick("team.json", serializeUserData(setCorrection(emptyUserData(), { id: "y", at: AT, action: "accept" })));
  await screen.findByText("Imported team.json.");
  expect(session.getState().user.corrections.map((c) => c.id)).toEqual(["y"]);
});

test("in Chinese, a refused file's reason is worded in Chinese (from the error's code)", async () => {
  const session = new UserDataSession(BUILTIN, () => undefined);
  render(
    <TeamFilePanel
      lang="zh"
      exportFile={() => session.exportFile()}
      importFile={(text, mode) => session.importFile(text, mode)}
      download={() => undefined}
    />,
  );
  const choose = (name: string, text: string) =>
    fireEvent.change(screen.getByLabelText("导入团队文件"), { target: { files: [new File([text], name)] } });
  choose("broken.json", "{not json");
  await screen.findByText("未导入 broken.json：该文件不是有效的 JSON。");
  choose("other.json", '{"format": "something-else"}');
  await screen.findByText("未导入 other.json：这不是规划指标的团队文件。");
});
