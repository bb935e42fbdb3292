/** Qualitative targets in a list of numeric ones (与经济增长同步, 平稳增长, 完成…目标). */
import type { Measure } from "../../record";
import type { Candidate, ProseOptions } from "./types";
import { stripLead } from "./naming";

/** Qualitative target phrases, as data: words that end a clause and what they measure. */
export const QUALITATIVE: { re: RegExp; measure: Measure; unit: string }[] = [
  { re: /与经济(?:增长)?(?:基本)?(?:保持)?同步(?:增长)?$/, measure: "growth", unit: "%" },
  { re: /(?:平稳|稳定|稳步|持续|较快|合理)增长$/, measure: "growth", unit: "%" },
  { re: /完成[^,,。;;]{0,12}目标(?:任务)?$/, measure: "level", unit: "" },
  { re: /(?:高于|低于|不低于|达到)全[国省市区](?:、全[国省市区])*平均水平$/, measure: "level", unit: "" },
];

export function qualitativeTarget(
  text: string,
  a: number,
  b: number,
  year: number,
  options: ProseOptions,
  out: Candidate[],
) {
  const clause = text.slice(a, b).replace(/\s+/g, "");
  if (clause.length > 40) return;
  for (const q of QUALITATIVE) {
    const m = q.re.exec(clause);
    if (!m) continue;
    const name = stripLead(clause.slice(0, m.index)).replace(/(力争|确保|实现|保持)$/, "");
    if (name.length < 2 || name.length > 20 || !/[\u4e00-\u9fff]/.test(name)) return;
    const measure = q.measure === "level" && /增速|增长/.test(name) ? "growth" : q.measure;
    const cand: Candidate = {
      indicator: name.replace(/(年均)?(增速|增幅)$/, "") || name,
      kind: "target",
      measure,
      year,
      value: null,
      unit: measure === "growth" ? "%" : q.unit,
      qualifier: "=",
      text: m[0],
      year_inferred: true,
      start: a,
      end: b,
      confidence: 0.6,
    };
    if (measure === "growth" && options.reviewSpan > 1 && options.periodStart !== undefined)
      cand.period_start = options.periodStart;
    out.push(cand);
    return;
  }
}
