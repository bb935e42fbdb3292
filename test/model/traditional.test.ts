import { PlanError } from "../../src/model/errors";
import * as q from "../../src/model/queries";
import { PlanStore } from "../../src/model/store";
import { LEXICON, luoheDataset } from "./fixtures";

test("a traditional name first asks to wait for the converter, then resolves", async () => {
  const store = new PlanStore(luoheDataset(), { lexicon: LEXICON });
  const first = q.target(store, { region: "漯河經開區", indicator: "地區生產總值", year: 2025 }) as PlanError;
  expect(first).toBeInstanceOf(PlanError);
  expect(first.code).toBe("#N/A");
  expect(first.retry).toBeDefined();
  await first.retry!();
  expect(q.target(store, { region: "漯河經開區", indicator: "地區生產總值", year: 2025 })).toBe(500);
  // Names that are not Chinese never wait.
  expect(
    (q.target(store, { region: "Luohe", indicator: "GPD", year: 2025 }) as PlanError).retry,
  ).toBeUndefined();
});
