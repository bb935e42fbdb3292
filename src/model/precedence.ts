/**
 * When several records answer the same question (same region, indicator, kind, measure and year), one rule
 * picks the answer. In order:
 *   1. a number over a qualitative statement (value null);
 *   2. the newer document over the older (publication date, else the end of its plan period): plans are
 *      revised (a 2022 update supersedes the 2021 plan), so the latest word counts;
 *   3. within a document, a table over prose: tables state indicators deliberately, prose in passing;
 *   4. higher extraction confidence;
 *   5. earlier in the document (stable, so the same data always gives the same answer).
 * `decidingRule` names the rule that separated two records, so PLAN.SOURCE can say why it chose one.
 */
import type { DocumentInfo, IndicatorRecord } from "../record";

export type DocumentLookup = (doc: string) => DocumentInfo | undefined;

/** A sortable recency key: ISO date if published, else the period's end year, else empty (oldest). */
export function documentRecency(info: DocumentInfo | undefined): string {
  if (!info) return "";
  if (info.published) return info.published;
  if (info.period_end) return `${info.period_end}-00-00`;
  return "";
}

interface Rule {
  name: string;
  /** Negative when a should be preferred over b. */
  compare(a: IndicatorRecord, b: IndicatorRecord, docs: DocumentLookup): number;
}

const RULES: Rule[] = [
  {
    name: "a number over a qualitative statement",
    compare: (a, b) => +(a.value === null) - +(b.value === null),
  },
  {
    name: "the newer document",
    compare: (a, b, docs) => {
      const ra = documentRecency(docs(a.doc));
      const rb = documentRecency(docs(b.doc));
      return ra === rb ? 0 : ra > rb ? -1 : 1;
    },
  },
  { name: "a table over prose", compare: (a, b) => +(a.source !== "table") - +(b.source !== "table") },
  { name: "higher confidence", compare: (a, b) => b.confidence - a.confidence },
  {
    name: "the earlier passage",
    compare: (a, b) => (a.doc === b.doc ? a.start - b.start : a.doc < b.doc ? -1 : 1),
  },
];

export function comparePrecedence(a: IndicatorRecord, b: IndicatorRecord, docs: DocumentLookup): number {
  for (const rule of RULES) {
    const c = rule.compare(a, b, docs);
    if (c !== 0) return c;
  }
  return 0;
}

/** The name of the first rule that prefers `winner` over `loser`, or undefined if they tie. */
export function decidingRule(
  winner: IndicatorRecord,
  loser: IndicatorRecord,
  docs: DocumentLookup,
): string | undefined {
  for (const rule of RULES) {
    const c = rule.compare(winner, loser, docs);
    if (c !== 0) return rule.name;
  }
  return undefined;
}
