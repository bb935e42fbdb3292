/**
 * A county plan as a web page, printed to PDF by Chromium in the tests (test/documents/pdf.test.ts): a
 * title, prose with 2020 and 2025 actuals and 2030 targets, and a main-indicator table with category, unit,
 * 2025 and 2030 columns, growth and attribute, the way county plans are published. The indicator column is
 * narrow, so long names wrap inside their cells, as they often do in print.
 */
export const COUNTY_PLAN_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>清河县规划纲要</title>
<style>
  body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 14px; margin: 40px; }
  h1 { font-size: 20px; text-align: center; }
  table { border-collapse: collapse; width: 100%; margin: 12px 0; }
  th, td { border: 1px solid #333; padding: 4px 8px; font-size: 13px; }
  td:nth-child(2) { width: 90px; }
</style></head>
<body>
<h1>清河县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要</h1>
<h2>第一章 发展基础</h2>
<p>“十四五”时期，全县经济持续向好。2020年，全县地区生产总值达到180亿元。2025年，全县地区生产总值达到245亿元，一般公共预算收入完成12.6亿元，常住人口城镇化率达到52.3%。</p>
<h2>第二章 主要目标</h2>
<p>到2030年，全县地区生产总值达到330亿元左右，年均增长6%左右；一般公共预算收入达到17亿元以上；常住人口城镇化率达到58%。</p>
<p>专栏1 “十五五”时期经济社会发展主要指标</p>
<table>
<tr><th>类别</th><th>指标</th><th>单位</th><th>2025年</th><th>2030年</th><th>年均增长</th><th>属性</th></tr>
<tr><td>经济发展</td><td>地区生产总值</td><td>亿元</td><td>245</td><td>330</td><td>6%</td><td>预期性</td></tr>
<tr><td></td><td>一般公共预算收入</td><td>亿元</td><td>12.6</td><td>17</td><td>6.2%</td><td>预期性</td></tr>
<tr><td></td><td>常住人口城镇化率</td><td>%</td><td>52.3</td><td>58</td><td>[5.7]</td><td>预期性</td></tr>
<tr><td>创新驱动</td><td>研究与试验发展经费投入强度</td><td>%</td><td>1.8</td><td>2.5</td><td>[0.7]</td><td>预期性</td></tr>
<tr><td>民生福祉</td><td>城镇调查失业率</td><td>%</td><td>5</td><td>&lt;5.5</td><td>—</td><td>预期性</td></tr>
<tr><td>绿色生态</td><td>森林覆盖率</td><td>%</td><td>28.5</td><td>30</td><td>[1.5]</td><td>约束性</td></tr>
</table>
<p>注：[ ]内为五年累计数。</p>
</body></html>`;
