/** @jest-environment jsdom */
import "./jsdom-shim";
import { render, screen } from "@testing-library/react";
import { emptyUserData } from "../../../src/model/corrections";
import { resetRuntime, setDataset } from "../../../src/model/runtime";
import { resetUserDataSession, startUserDataSession } from "../../../src/model/user-data-session";
import type { Dataset } from "../../../src/record";
import { ImportSection } from "../../../src/taskpane/import/sections";

const BUILTIN: Dataset = { version: 1, documents: [], regions: [], records: [] };

beforeEach(() => {
  resetRuntime();
  resetUserDataSession();
});

test("the session's notice about the workbook's data is headed in the pane's language", async () => {
  const store = setDataset(BUILTIN);
  await startUserDataSession(BUILTIN, {
    storage: {
      load: async () => ({
        status: "corrupt",
        user: emptyUserData(),
        message: "its checksum does not match (a part was altered)",
        revision: 0,
      }),
      save: async (user) => ({ stored: user }),
    },
  });
  render(<ImportSection store={store} lang="zh" host={{ inExcel: false, language: "zh-CN" }} />);
  expect(
    await screen.findByText(
      "此工作簿中保存的数据已损坏，未被使用。 详情：its checksum does not match (a part was altered)",
    ),
  ).toBeTruthy();
});
