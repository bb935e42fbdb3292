/** Cue lexicons as data: the words that decide qualifier, measure, kind and period of a value. */
import type { Qualifier } from "../../record";
import { NAME_TAIL_ADVERBS } from "./naming-words";

/** Words right before a number that qualify it (longest first when matched). */
export const PREFIX_QUALIFIERS: [string, Qualifier][] = [
  ["不低于", ">="],
  ["不少于", ">="],
  ["至少", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["控制在", "<="],
  ["突破", ">"],
  ["超过", ">"],
  ["超出", ">"],
  ["跨过", ">"],
  ["迈过", ">"],
  ["高于", ">"],
  ["大于", ">"],
  ["多于", ">"],
  ["逾", ">"],
  ["超", ">"],
  ["≥", ">="],
  [">=", ">="],
  ["≤", "<="],
  ["<=", "<="],
  [">", ">"],
  ["<", "<"],
  ["低于", "<"],
  ["小于", "<"],
  ["少于", "<"],
  ["近", "~"],
  ["约", "~"],
  ["大约", "~"],
  ["接近", "~"],
];

/** Words right after the unit that qualify the value. */
export const SUFFIX_QUALIFIERS: [string, Qualifier][] = [
  ["以上", ">="],
  ["及以上", ">="],
  ["左右", "~"],
  ["上下", "~"],
  ["以内", "<="],
  ["以下", "<="],
  ["之内", "<="],
];

/** Between number and unit: 600多家, 30余家. */
export const INFIX_QUALIFIERS: [string, Qualifier][] = [
  ["多", ">"],
  ["余", ">"],
];

/** Predicate words between an indicator's name and its value; stripped from the name, they tell the measure. */
export const GROWTH_WORDS = [
  "年均增长",
  "年均增速",
  "平均增速",
  "年均增幅",
  "增长",
  "增速",
  "增幅",
  "涨幅",
  "上涨",
  "提高",
  "提升",
  "上升",
  "增加",
  "净增",
  "增",
  "升",
  "调增",
];
export const FALL_WORDS = [
  "年均下降",
  "下降",
  "降低",
  "减少",
  "回落",
  "减量",
  "压减",
  "精简",
  "压缩",
  "缩减",
  "微降",
  "略降",
  "调减",
];
export const LEVEL_LINKS = [
  "提高到",
  "提高至",
  "提升到",
  "提升至",
  "增长到",
  "增长至",
  "增加到",
  "增加至",
  "下降到",
  "下降至",
  "降低到",
  "降低至",
  "缩小到",
  "缩小至",
  "降至",
  "降到",
  "增至",
  "增到",
  "升至",
  "升到",
  "扩大到",
  "扩大至",
  "调整为",
  "稳定在",
  "保持在",
  "控制在",
  "维持在",
  "达到",
  "迈上",
  "跃上",
  "跨越",
  "攀升至",
  "达",
  "为",
  "至",
  "到",
  "实现",
  "完成",
  "是",
  "惠及",
  "保持",
  "跨上",
  "登上",
];

/**
 * Links that state a level reached at a point in time (GDP 达709.3亿元): a time span written around
 * them (经过五年的发展, “十三五”期间) dates the level, it does not make it a period total. Links that
 * hold over a span (稳定在, 保持在) or count work done (完成, 实现) are left out.
 */
export const REACHED_LINKS = new Set(
  LEVEL_LINKS.filter(
    (link) =>
      !["调整为", "稳定在", "保持在", "控制在", "维持在", "至", "到", "实现", "完成", "保持"].includes(link),
  ),
);

/** Fillers around a name that are not part of it. */
export const NAME_LEAD_FILLERS = [
  "其中",
  "先后",
  "逐年",
  "同时",
  "此外",
  "另外",
  "力争",
  "争取",
  "确保",
  "努力",
  "预计",
  "全年",
  "当年",
  "今年",
  "年内",
  "年底前",
  "年底",
  "全市",
  "全区",
  "全县",
  "辖区",
  "区内",
  "市区",
  "实现",
  "完成",
  "累计",
  "共",
  "总计",
  "合计",
  "已",
  "将",
  "要",
  "基本",
  "推动",
  "力求",
  "加快推进",
  "扎实推进",
  "有序推进",
  "持续推进",
  "积极推进",
  "加快",
  "积极",
  "着力",
  "重点",
  "全力",
  "大力",
  "深入",
  "持续",
  "统筹",
  "抓好",
  "和",
  "及",
  "与",
  "并",
  "等",
  "的",
  "、",
  "我们将",
  "我们要",
  ...["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map((n) => n + "是"),
];
export const NAME_TAIL_FILLERS = [
  "分别",
  "五年来",
  "五年间",
  "五年",
  "连续",
  "均",
  "都",
  "稳步",
  "持续",
  "进一步",
  "力争",
  "已",
  "将",
  "要",
  "的",
  "了",
  "比上年",
  "同比",
  "较上年",
  "较",
  "年均",
  "平均",
  "预计",
  "每年",
  ...NAME_TAIL_ADVERBS,
  "同口径",
  "累计",
  "比上年末",
  "比年初",
  "较上年末",
  "较年初",
  "环比",
  "目标定",
  "目标设定",
];

/**
 * Words of expectation or intent that stand between a name and its verb (地区生产总值预计可达, 总额有望突破,
 * 投资计划增长). Stripped from a name's end only when a verb follows them, so that a name that ends in
 * one of them (年度计划的105%) keeps it.
 */
export const MODAL_TAILS = [
  "预计可",
  "预计将",
  "有望",
  "可望",
  "计划",
  "预期",
  "争取",
  "确保",
  "力求",
  "努力",
  "可以",
  "能够",
  "将会",
  "可",
];

/**
 * Words that make a figure a count of work done or things added (新增城镇就业11.55万人, 新建公园34个):
 * in a multi-year plan, stated for the period's end without a year of its own, such a figure is a total
 * over the period (period_start), not a level at its end.
 */
export const FLOW_WORDS = [
  "新增",
  "新建",
  "改建",
  "建成",
  "引进",
  "培育",
  "招聘",
  "分配",
  "发放",
  "回迁",
  "造林",
  "抚育",
  "改造",
  "整治",
  "开工",
  "开通",
  "举办",
  "创建",
  "脱贫",
  "治理",
  "贯通",
  "绿化",
];

/**
 * Things a 分别 list names before a shared tail (COD、氨氮削减总量 → COD削减总量, 氨氮削减总量; 城镇、农村居民
 * 人均可支配收入): when the list's last item starts with one of them, the rest of that item is the tail
 * every item shares.
 */
export const LIST_HEADS = [
  "农村",
  "乡村",
  "氨氮",
  "化学需氧量",
  "二氧化硫",
  "氮氧化物",
  "总磷",
  "总氮",
  "挥发性有机物",
  "颗粒物",
  "烟尘",
  "粉尘",
];

/** A value with one of these in its sentence is expected for a year still running. */
export const ESTIMATE_CUES = ["预计"];

/** Cues that a value is accumulated or averaged over the plan period. */
export const PERIOD_CUES = ["五年", "期间", "先后"];
/** The same, but only for the clause they stand in (城镇新增就业每年6万人, 失业率控制在5.5%以内). */
export const CLAUSE_PERIOD_CUES = ["年均", "累计", "每年", "逐年", "平均每年"];

/** Verbs that start an action whose object follows the number: 新建 6 家养老机构. */
export const ACTION_VERBS = [
  "新建",
  "建设",
  "建成",
  "新引进",
  "引进",
  "新培育",
  "培育",
  "打造",
  "新增",
  "实施",
  "开展",
  "创建",
  "推进",
  "支持",
  "谋划",
  "筹建",
  "布置",
  "改造",
  "开工建设",
  "开行",
  "举办",
  "培养",
  "推广",
  "落地",
  "入驻",
  "新启动",
  "启动",
  "组织",
  "开通",
  "招聘",
  "分配",
  "发放",
  "回迁",
  "造林",
  "绿化提升",
  "提升",
  "竣工",
  "开工",
  "投产",
];

/** Verbs that end a prefix whose object (the thing counted) follows the number: 推动10亿元天使基金. */
export const OBJECT_VERBS = [
  "推动",
  "构建",
  "抓好",
  "推进",
  "支持",
  "加快",
  "剩余",
  "打造",
  "完成",
  "实现",
  "形成",
  "建立",
  "设立",
  "组建",
  "争取",
  "促成",
  "带动",
  "新开工",
  "开工",
  "投用",
  "建成",
  // 开发储备超8000个公益性岗位, 接续办好15件民生实事: the thing counted follows the value
  "储备",
  "办好",
  "办成",
  "办结",
  // 壮大13条重点产业链, 提质升级1000所中小学校食堂
  "壮大",
  "提质升级",
  "提质扩容",
  "升级改造",
];

/** Headings or opening phrases of a review of past results. */
export const REVIEW_CUES = ["执行情况", "成就", "回顾", "完成情况", "过去五年", "过去一年", "工作回顾"];

/** Review headings that are a noun phrase of their own ("第一章 发展基础", not "夯实产业发展基础"). */
export const REVIEW_HEADING_PHRASES =
  /(^|[\s、:]|第[一二三四五六七八九十]+[章节])(发展基础|现实基础|发展回顾)($|[和与、])/;

/** Words that make a number a name, not a quantity, when they follow the unit: 三大核心, 百亿级, 500强. */
export const NAME_AFTER_UNIT = ["级", "强", "是", "方面", "方向", "领域", "百年"];

// Words of naming and of telling records from non-records (jurisdictions, verbs, lists, not-records).
export * from "./naming-words";
