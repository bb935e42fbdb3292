/**
 * The gold set: runs ../shared/eval/score.mjs on the extraction of seeds/ and holds the bars.
 * Issue bars: precision ≥ 0.95, recall ≥ 0.90, field accuracy (kind, measure, qualifier) ≥ 0.95.
 */
import { existsSync } from "node:fs";
import { GOLD_DIR, parseScore, SCORER, scoreSeeds } from "../../src/cli/eval";

const ISSUE_BARS = { precision: 0.95, recall: 0.9, field: 0.95 };

const available = existsSync(SCORER) && existsSync(GOLD_DIR);
(available ? describe : describe.skip)("gold set", () => {
  let score: ReturnType<typeof parseScore>;
  beforeAll(async () => {
    score = parseScore((await scoreSeeds()).output);
  }, 120_000);

  it("meets the recall bar", () => {
    expect(score.recall).toBeGreaterThanOrEqual(ISSUE_BARS.recall);
  });

  it("meets the field-accuracy bar for kind, measure and qualifier", () => {
    for (const f of ["kind", "measure", "qualifier"])
      expect(score.fields[f]).toBeGreaterThanOrEqual(ISSUE_BARS.field);
  });

  it("meets the precision bar", () => {
    expect(score.precision).toBeGreaterThanOrEqual(ISSUE_BARS.precision);
  });
});
