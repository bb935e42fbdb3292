/**
 * The shared gold set: runs ../shared/eval/score.mjs on the extraction of the seeds and the labelled corpus
 * reports (npm run eval) and holds the bars: F1 ≥ 0.95 overall and ≥ 0.90 for every document;
 * field accuracy on matched records ≥ 0.97 for kind, measure and qualifier, ≥ 0.90 for period_start.
 */
import { existsSync } from "node:fs";
import { GOLD_DIR, parseScore, SCORER, scoreSeeds } from "../../src/cli/eval";

const BARS = {
  f1: 0.95,
  documentF1: 0.9,
  fields: { kind: 0.97, measure: 0.97, qualifier: 0.97, period_start: 0.9 } as Record<string, number>,
};

const available = existsSync(SCORER) && existsSync(GOLD_DIR);
(available ? describe : describe.skip)("gold set", () => {
  let score: ReturnType<typeof parseScore>;
  beforeAll(async () => {
    score = parseScore((await scoreSeeds()).output);
  }, 120_000);

  it("scores the seeds and the labelled corpus reports", () => {
    expect(Object.keys(score.documents).length).toBeGreaterThanOrEqual(7);
  });

  it("meets the overall F1 bar", () => {
    expect(score.f1).toBeGreaterThanOrEqual(BARS.f1);
  });

  it("meets the F1 bar on every document", () => {
    const below = Object.entries(score.documents)
      .filter(([, s]) => s.f1 < BARS.documentF1)
      .map(([doc, s]) => `${doc} ${s.f1.toFixed(3)}`);
    expect(below).toEqual([]);
  });

  it("meets the field-accuracy bars", () => {
    for (const [field, bar] of Object.entries(BARS.fields))
      expect([field, score.fields[field] >= bar]).toEqual([field, true]);
  });
});
