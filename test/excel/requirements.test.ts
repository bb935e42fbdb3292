import { REQUIREMENTS, checkRequirements } from "../../src/excel/requirements";

describe("checkRequirements", () => {
  it("lists each feature whose requirement set the host lacks", () => {
    const supported = (set: string, version: string) =>
      set === "ExcelApi" && Number(version.split(".")[1]) <= 7;
    const result = checkRequirements(supported);
    expect(result.missing.map((m) => m.feature).sort()).toEqual(["customFunctions", "loadSheets"]);
    expect(result.available.has("insertFormula")).toBe(true);
    expect(result.available.has("loadSheets")).toBe(false);
  });

  it("treats a failing check as unsupported and reports everything outside Office", () => {
    const result = checkRequirements(() => {
      throw new Error("no host");
    });
    expect(result.missing).toHaveLength(REQUIREMENTS.length);
    expect(checkRequirements().available.size).toBe(0);
  });
});
