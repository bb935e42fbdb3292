/**
 * Words for naming a value and for telling a record from a number that is none, as data: jurisdictions
 * (全省 …), verbs that never name, list words, not-record words. Re-exported by cues.ts.
 */
/**
 * "The whole of …" by level (全国, 全省 …). Only the one of the document's own level (全省 in a
 * province's report) is its own jurisdiction; the others are a parent's or a larger one's figures.
 */
export const WHOLE_OF = ["全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全球", "全世界"];

/** The last character of a region's name gives its level, and so the word for the whole of it. */
export const WHOLE_BY_LEVEL: Record<string, string> = {
  省: "全省",
  市: "全市",
  区: "全区",
  县: "全县",
  州: "全州",
  盟: "全盟",
  旗: "全旗",
};

/** Words before 全X that make the figure one set by another level (省定全省…目标). */
export const SET_BY_OTHERS = ["省定", "国家下达", "省下达", "省里", "市定"];

/**
 * Verbs that never name an indicator on their own (提供11.2万个岗位, 由162个整合为123个): when the words
 * before a value are only one of these, the name comes from what follows the value or from the subject.
 */
export const BARE_VERBS = [
  "提供",
  "推出",
  "帮扶",
  "精准帮扶",
  "帮助",
  "整合",
  "压减",
  "缩小",
  "扩大",
  "设置",
  "部署",
  "认定",
  "获批",
  "入选",
  "吸引",
  "招引",
  "惠及",
  "覆盖",
  "救助",
  "安置",
  "培训",
  "资助",
  "开设",
  "完成",
  "实现",
  "新增",
  "达",
  "累计",
  "交付",
  "签约",
  "办理",
  "受理",
  "做优做强",
  "上线",
  "修复",
  "减免",
  "出台",
  "完善",
  "完工",
  "竣工",
  "巩固",
  "巩固提升",
  "布局",
  "折合",
  "拓展",
  "招生",
  "改建",
  "获批",
  "设立",
  "筹措",
  "置换",
  "聚焦",
  "选派",
  "仅用",
  "压降",
  "实施",
  "打造",
  "建设",
  "建成",
  "开工",
  "推进",
  // 2021—2023年实际年均增长6.1%: an adverb (in fact), the indicator is the one spoken of before
  "实际",
];

/** Marks before a verb that keep it a bare verb (再建, 新设, 仅用); and after it (实施好, 出台了). */
export const VERB_LEADS = ["再", "新", "仅", "已"];
export const VERB_TAILS = ["好", "了"];

/** Words that are no names although they stand where a name would (情况下, 同口径, 快于). */
export const NON_NAMES = ["情况下", "同口径", "快于", "慢于", "高于", "低于", "海拔", "全会", "其中", "此外"];

/** Words that name two things at once, in the order 分别 lists their values (城乡 → 城镇, 农村). */
export const PAIRED_PREFIXES: [string, string[]][] = [["城乡", ["城镇", "农村"]]];

/**
 * Nouns that end an indicator's name and are shared by the items of a 分别 list when the last item ends
 * with one (公路、水运、机场投资 → 公路投资 …), longest first.
 */
export const MEASURE_NOUNS = [
  "固定资产投资",
  "零售额",
  "增加值",
  "营业收入",
  "投资",
  "产值",
  "产量",
  "收入",
  "余额",
  "总额",
  "进出口",
  "出口",
  "进口",
  "数量",
  "规模",
  "人次",
  "吞吐量",
  "出栏量",
  "进出口总额",
].sort((a, b) => b.length - a.length);

/** Words that make a value no indicator record (see prose/rules.ts). */
export const NOT_RECORD_WORDS = {
  /** Things a plan counts of itself: 24项主要指标, 13项重点任务, 6个维度. */
  planItems: ["指标", "维度", "任务", "举措", "条款"],
  /** Verbs whose object is the plan's own items: 设置了29项, 部署了13项, 提前完成3项. */
  planItemVerbs: ["设置", "部署", "提前完成", "提前"],
  /** Superlatives of a thing (全球首台, 全国最大): a feature, not an indicator. */
  superlatives: ["全球首", "全球最", "全国首", "全国最", "世界首", "世界最", "亚洲最", "国内首", "国内最"],
  /** Regions larger than a province, whose figures are not the document's (京津冀区域优良天数比率). */
  largerRegions: ["京津冀", "长三角", "粤港澳", "珠三角", "长江经济带", "全流域"],
  /** Words after a value that make it the size of a field ranked in (在2019家开发区中排名133位). */
  rankings: ["排名", "排序", "位居", "位列", "排位"],
  /** A project's features, when the value describes the thing named after 的 (总投资4000万元的园区). */
  projectFeatures: ["总投资", "投资", "年产", "产能", "占地", "面积", "规模", "长度", "全长"],
  /** 以X为依托: the clause describes what the plan builds on. */
  basisFrames: ["为依托", "为基础", "为载体", "为龙头", "为支撑", "为引领"],
  /** Campaigns and programmes an amount may name (0.1微克攻坚行动, 百万千瓦工程). */
  campaigns: ["行动", "攻坚战", "战役", "工程", "计划"],
  /** Verbs of work going on, with which 等N个 names a set of projects rather than counting results. */
  ongoingWorkVerbs: ["加快", "推进", "推动", "支持", "谋划", "争创", "积极争取"],
};

/** Words that stand for the indicator named before them (…低于3.5%的控制目标, 《纲要》目标为…). */
export const GENERIC_NAME_WORDS = [
  "控制目标",
  "预期目标",
  "目标值",
  "目标",
  "水平",
  "标准",
  "要求",
  "控制线",
];

/** Verbs that start a name without being part of the indicator (筹建日转运量 → 日转运量). */
export const LEAD_VERB_WORDS = [
  "筹建",
  "打造",
  "建设",
  "推动",
  "推进",
  "实施",
  "开展",
  "加快",
  "支持",
  "完成",
  "实现",
  "争取",
  "构建",
  "统筹",
  "聚焦",
  "依托",
  "提出",
  "包括",
];

/** Words that name a property of something rather than a thing (总投资, 年税收): the previous subject's. */
export const ATTRIBUTE_WORDS = [
  "总投资",
  "投资额",
  "投资总额",
  "总额",
  "总数",
  "总量",
  "总面积",
  "总规模",
  "规模",
  "年产值",
  "产值",
  "营业收入",
  "主营业务收入",
  "销售收入",
  "年收入",
  "年税收",
  "税收",
  "纳税",
];

/** Nouns of people by age after N岁 (65岁老年人, 6岁儿童): the age names the group. */
export const AGE_GROUPS = [
  "儿童",
  "老年",
  "老人",
  "婴幼儿",
  "幼儿",
  "青少年",
  "人口",
  "学生",
  "女性",
  "男性",
  "妇女",
  "及以上",
  "至",
];

/** A number right after these is a rank or an ordinal (第3, 前30名, 后30). */
export const RANK_BEFORE_CHARS = ["第", "前", "后"];

/** Characters around a 及 that make it part of a word, not "and" (普及率, 惠及, 涉及, 及时, 及以上). */
export const JI_WORD_LEADS = ["普", "惠", "涉", "波", "危", "顾", "企", "触", "遍"];
export const JI_WORD_TAILS = ["时", "早", "格", "以上", "相关"];

/**
 * Words with 等 that is no "etc." (高等教育, 技能等级): the category after a list's 等 is looked for
 * only at another 等.
 */
export const DENG_WORD_LEADS = [
  "高",
  "中",
  "初",
  "平",
  "同",
  "均",
  "对",
  "优",
  "特",
  "一",
  "二",
  "三",
  "相",
  "上",
  "超",
  "次",
];
export const DENG_WORD_TAILS = ["级", "次", "效", "额", "值", "量", "同", "于"];

/** What a rate is per, written before its number (从每人每月2375元, 超每千人6.6批): 每 + one of these. */
export const RATE_FRAME_WORDS = [
  "人",
  "户",
  "月",
  "年",
  "日",
  "天",
  "千人",
  "万人",
  "百人",
  "立方米",
  "亩",
  "吨",
];

/** Headings of a glossary appended to a report (名词解释, 有关内容名词注释), which ends its records. */
export const GLOSSARY_HEADINGS = ["名词解释", "名词注释", "名词解析", "注释", "注解"];

/**
 * Words that open with a one-character lead filler (等, 和, 及, 与, 并, 的) yet are words of a name
 * (等级民宿, 和美乡村, 并网装机): the filler is not stripped from them.
 */
export const FILLER_LED_WORDS = [
  "等级",
  "和美",
  "和谐",
  "及时",
  "与会",
  "并网",
  "并购",
  "的士",
  "共建",
  "共享",
  "共同",
  // places whose names open with 和
  "和田",
  "和平区",
  "和林格尔",
  "和龙",
  "和顺",
  "和政",
  "和硕",
];

/** Adverbs between a name and its verb (首次突破, 历史性突破, 逆势增长, 再提高): never part of the name. */
export const NAME_TAIL_ADVERBS = ["首次", "历史性", "逆势", "再次", "再", "保持", "接连"];

/** Ways of writing the three industries at once, which 分别 lists in order (一、二、三产业增加值 → 第一产业增加值 …). */
export const THREE_INDUSTRIES = ["一、二、三产业", "一二三产业", "一、二、三产", "一二三产", "三次产业"];
export const INDUSTRY_NAMES = ["第一产业", "第二产业", "第三产业"];

/** Statistical sectors whose names hold 、 (交通运输、仓储和邮政业): one subject, never a list. */
export const SECTOR_NAMES_WITH_COMMA = [
  "交通运输、仓储和邮政业",
  "信息传输、软件和信息技术服务业",
  "电力、热力、燃气及水生产和供应业",
  "水利、环境和公共设施管理业",
  "居民服务、修理和其他服务业",
  "文化、体育和娱乐业",
];
