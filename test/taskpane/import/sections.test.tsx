/** @jest-environment jsdom */
import "./jsdom-shim";
import { render, screen } from "@testing-library/react";
import { emptyUserData } from "../../../src/model/corrections";
import { resetRuntime, setDataset } from "../../../src/model/runtime";
import { resetUserDataSession, startUserDataSession } from "../../../src/model/user-data-session";
import type { Dataset } from "../../../src/record";
import { ImportSection } from "../../../src/taskpane/import/sections";
import { readStored, UserDataStoreError } from "../../../src/excel/user-data-parts";
import { notice } from "../../../src/model/notice";
import { errorText, noticeText, stringsFor } from "../../../src/taskpane/i18n";

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

test("a damaged part found by the real reader is worded in the pane's language, details included", async () => {
  const store = setDataset(BUILTIN);
  const stored = readStored(["<userData xmlns='urn:plan-indicators:user-data' revision='1'"]);
  expect(stored.notice?.code).toBe("unreadable-xml");
  await startUserDataSession(BUILTIN, {
    storage: { load: async () => stored, save: async (user) => ({ stored: user }) },
  });
  render(<ImportSection store={store} lang="zh" host={{ inExcel: false, language: "zh-CN" }} />);
  const bar = await screen.findByText(/^此工作簿中保存的数据已损坏/);
  expect(bar.textContent).toContain("无法读取此工作簿中加载项保存的修改（所存 XML 格式不正确：");
  expect(bar.textContent).not.toMatch(/cannot be read|left in the workbook/);
});

test("the store's and the session's errors are worded in the pane's language; unknown ones stay as they are", () => {
  const zh = stringsFor("zh").t;
  const tooLarge = new UserDataStoreError(notice("too-large", "too large", { size: "17.2", limit: "16.0" }));
  expect(errorText(tooLarge, "notice_", zh)).toBe(
    "修改和导入的记录过大（17.2 MB，上限 16.0 MB），无法保存在工作簿中。未做任何更改；请删除部分导入的文件或 CSV 记录后重试。",
  );
  expect(errorText(new Error("Excel said no"), "notice_", zh)).toBe("Excel said no");
  expect(noticeText(notice("texts-dropped", "x", { names: "规划A" }), zh)).toBe(
    "为能存入工作簿，未保留 规划A 的全文；其记录和原文摘录均已保留。",
  );
  expect(noticeText(notice("something-new", "Something new happened."), zh)).toBe("Something new happened.");
});
