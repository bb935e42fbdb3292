/**
 * Documents written for the tests in genres and layouts the seeds do not have (a Markdown table with
 * units in brackets, a cell-per-line annual plan table, numbered county targets, a mid-term evaluation
 * table, a news report, a year-by-year statistical annex, a transport plan, a table printed from a PDF,
 * full-width numerals), labelled by hand in test/fixtures/written/gold: scored with the shared scorer,
 * they must stay at F1 ≥ 0.95 overall and ≥ 0.90 for every document.
 */
import { existsSync } from "node:fs";
import { parseScore, SCORER, scoreWritten, WRITTEN_GOLD_DIR, writtenFiles } from "../../src/cli/eval";

const available = existsSync(SCORER) && existsSync(WRITTEN_GOLD_DIR);
(available ? describe : describe.skip)("written documents", () => {
  let score: ReturnType<typeof parseScore>;
  beforeAll(async () => {
    score = parseScore((await scoreWritten()).output);
  }, 120_000);

  it("scores every written document against its gold", () => {
    expect(Object.keys(score.documents).length).toBe(writtenFiles().length);
    expect(writtenFiles().length).toBeGreaterThanOrEqual(8);
  });

  it("meets the overall F1 bar", () => {
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });

  it("meets the F1 bar on every document", () => {
    const below = Object.entries(score.documents)
      .filter(([, s]) => s.f1 < 0.9)
      .map(([doc, s]) => `${doc} ${s.f1.toFixed(3)}`);
    expect(below).toEqual([]);
  });
});
