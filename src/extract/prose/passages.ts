/**
 * Passages and lists read as a whole: a glossary appended to a report, and a unit written once at the end
 * of a list of values.
 */
import { GLOSSARY_HEADINGS } from "../vocabulary/cues";
import { wordTest } from "../vocabulary";
import { BARE_MAGNITUDE } from "./mention";
import type { Candidate } from "./types";

const GLOSSARY_LINE_MAX = 24;
const isGlossaryHeading = wordTest(GLOSSARY_HEADINGS, "end");
/** A line that is a document's title (…政府工作报告, …规划纲要, …统计公报): another document starts. */
const DOCUMENT_TITLE = /(?:报告|纲要|规划|计划|公报|方案)$/;
const TITLE_LINE_MAX = 80;
/** 附件2: the next appendix ends a glossary. */
const APPENDIX_LINE = /^附件\s*\d*[:：]?$/;

/**
 * Whether the text from this paragraph on is a glossary (名词解释 after a report defines its terms: its
 * numbers describe the terms, they report nothing), given whether the text before it was.
 */
export function glossaryAfter(
  text: string,
  para: { start: number; end: number },
  inGlossary: boolean,
): boolean {
  if (para.end - para.start > TITLE_LINE_MAX) return inGlossary;
  const line = text.slice(para.start, para.end).trim();
  if (line.length <= GLOSSARY_LINE_MAX && isGlossaryHeading(line)) return true;
  // the next appendix, or the title of another document (a volume of reports), ends a glossary
  if (inGlossary && (APPENDIX_LINE.test(line) || DOCUMENT_TITLE.test(line))) return false;
  return inGlossary;
}

/**
 * 分别惠及3500万、2300万人次: the unit written once at a list's end completes the bare magnitudes (万, 亿)
 * of the values listed right before it.
 */
export function shareListUnit(out: Candidate[], first: number, text: string, at: number): void {
  const unit = out[out.length - 1].unit;
  let next = at;
  for (let k = out.length - 2; k >= first; k--) {
    const prev = out[k];
    if (!BARE_MAGNITUDE.has(prev.unit) || !unit.startsWith(prev.unit) || unit === prev.unit) return;
    if (prev.end > next || !LIST_GAP.test(text.slice(prev.end, next))) return;
    prev.unit = unit;
    // the previous value's own number starts where its digits and magnitude do
    for (next = prev.end; next > 0 && /[0-9.万亿]/.test(text[next - 1]);) next--;
  }
}

const LIST_GAP = /^[\s、和及]{1,3}$/;
