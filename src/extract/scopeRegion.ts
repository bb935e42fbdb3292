/**
 * The document's own jurisdiction when the catalogue does not name it: the title, the assembly a report
 * is given to, or the province the text keeps calling itself (全省 … 河南). Provincial-level names are data.
 */

/** Provincial-level divisions: full name and the short name the texts use (河南, 广西, 新疆). */
export const PROVINCES: { name: string; short: string }[] = [
  ["北京市", "北京"],
  ["天津市", "天津"],
  ["上海市", "上海"],
  ["重庆市", "重庆"],
  ["河北省", "河北"],
  ["山西省", "山西"],
  ["辽宁省", "辽宁"],
  ["吉林省", "吉林"],
  ["黑龙江省", "黑龙江"],
  ["江苏省", "江苏"],
  ["浙江省", "浙江"],
  ["安徽省", "安徽"],
  ["福建省", "福建"],
  ["江西省", "江西"],
  ["山东省", "山东"],
  ["河南省", "河南"],
  ["湖北省", "湖北"],
  ["湖南省", "湖南"],
  ["广东省", "广东"],
  ["海南省", "海南"],
  ["四川省", "四川"],
  ["贵州省", "贵州"],
  ["云南省", "云南"],
  ["陕西省", "陕西"],
  ["甘肃省", "甘肃"],
  ["青海省", "青海"],
  ["台湾省", "台湾"],
  ["内蒙古自治区", "内蒙古"],
  ["广西壮族自治区", "广西"],
  ["西藏自治区", "西藏"],
  ["宁夏回族自治区", "宁夏"],
  ["新疆维吾尔自治区", "新疆"],
  ["香港特别行政区", "香港"],
  ["澳门特别行政区", "澳门"],
].map(([name, short]) => ({ name, short }));

/** Full name of a provincial-level name written short or long (广西 → 广西壮族自治区). */
export function fullProvinceName(name: string): string | undefined {
  return PROVINCES.find((p) => p.name === name || p.short === name)?.name;
}

/** Self-references of a provincial text: it calls its own territory 全省/全区/全市 and 我省/我区/我市. */
const SELF = /[全我本]([省区市])/g;

/**
 * The province a text speaks for: it refers to itself as a province (全省, 我省 …) and names one
 * provincial-level division far more often than any other. Undefined unless both hold.
 */
export function provinceBySelfReference(text: string): string | undefined {
  const kinds = new Map<string, number>();
  SELF.lastIndex = 0;
  for (let m = SELF.exec(text); m; m = SELF.exec(text)) kinds.set(m[1], (kinds.get(m[1]) ?? 0) + 1);
  const counts = PROVINCES.map((p) => {
    let n = 0;
    for (let i = text.indexOf(p.short); i >= 0; i = text.indexOf(p.short, i + p.short.length)) n++;
    return { p, n };
  }).sort((a, b) => b.n - a.n);
  const [top, second] = counts;
  if (!top || top.n < 3 || top.n < 2 * (second?.n ?? 0)) return undefined;
  // a province calls itself 全省, an autonomous region 全区, a municipality 全市
  const own = top.p.name.endsWith("省") ? "省" : top.p.name.endsWith("市") ? "市" : "区";
  const selfCount = kinds.get(own) ?? 0;
  const others = [...kinds.entries()].filter(([k]) => k !== own).reduce((a, [, n]) => a + n, 0);
  return selfCount >= 3 && selfCount >= others ? top.p.name : undefined;
}

/** The words a jurisdiction's own text calls it by, from the level its name ends in. */
const SELF_WORDS: [RegExp, string][] = [
  [/省$/, "省"],
  [/自治区$/, "区"],
  [/(特别行政区)$/, "区"],
  [/(开发区|实验区|新区|高新区|经开区|示范区)$/, "区"],
  [/市$/, "市"],
  [/(自治县|县)$/, "县"],
  [/区$/, "区"],
  [/(自治州|州)$/, "州"],
  [/旗$/, "旗"],
];

const ZONE_SHORT: [string, string][] = [
  ["高新技术产业开发区", "高新区"],
  ["经济技术开发区", "经开区"],
];

/** 全省, 我省, 本省 for a province; 全市 … for a city: the text's names for its own territory. */
export function selfReferences(region: string): string[] {
  const level = SELF_WORDS.find(([re]) => re.test(region))?.[1];
  const words = level ? ["全", "我", "本"].map((w) => w + level) : [];
  // a zone calls itself by its short kind too (高新区, 经开区)
  const zone = ZONE_SHORT.find(([suffix]) => region.endsWith(suffix));
  return zone ? [...words, zone[1]] : words;
}
