/**
 * A small chart of the planned path, the target and the actuals, drawn as a hand-made SVG: one line, a
 * few dots and two axis labels do not justify @fluentui/react-charts, whose d3 dependencies would weigh
 * more than the rest of the indicator view. Colours come from theme tokens; the summary is text for
 * screen readers (the SVG itself is presentational).
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartData } from "../chart-data";
import { formatAmount } from "../format";
import { useStrings } from "../i18n";

const W = 300;
const H = 120;
const PAD = { left: 6, right: 6, top: 10, bottom: 18 };

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  svg: { width: "100%", height: "auto", display: "block", maxWidth: "360px" },
  path: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  target: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  actual: { fill: tokens.colorNeutralForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  swatchPlanned: { color: tokens.colorBrandForeground1 },
  swatchTarget: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function PathChart({ data, regionLabel }: { data: ChartData; regionLabel: string }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const values = [...data.planned, ...data.actuals, data.target].map((p) => p.value);
  const years = [...data.planned, ...data.actuals, data.target].map((p) => p.year);
  const [minV, maxV] = [Math.min(...values), Math.max(...values)];
  const [minY, maxY] = [Math.min(...years), Math.max(...years)];
  const x = (year: number) =>
    PAD.left + ((year - minY) / Math.max(1, maxY - minY)) * (W - PAD.left - PAD.right);
  const y = (value: number) =>
    H - PAD.bottom - ((value - minV) / (maxV - minV || 1)) * (H - PAD.top - PAD.bottom);
  const line = data.planned.map(
    (p, i) => `${i === 0 ? "M" : "L"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`,
  );
  const amount = (v: number) => formatAmount(Math.round(v * 100) / 100, data.unit, lang);
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="presentation"
        aria-hidden="true"
        focusable="false"
      >
        <line
          className={styles.axis}
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        <path className={styles.path} d={line.join(" ")} />
        <circle className={styles.target} cx={x(data.target.year)} cy={y(data.target.value)} r={4} />
        {data.actuals.map((a) => (
          <rect
            key={a.year}
            className={styles.actual}
            x={x(a.year) - 3}
            y={y(a.value) - 3}
            width={6}
            height={6}
          />
        ))}
        <text className={styles.label} x={PAD.left} y={H - 4}>
          {minY}
        </text>
        <text className={styles.label} x={W - PAD.right} y={H - 4} textAnchor="end">
          {maxY}
        </text>
      </svg>
      <figcaption>
        <Caption1 block>
          {t("chartSummary", {
            region: regionLabel,
            base: amount(data.base.value),
            baseYear: data.base.year,
            target: amount(data.target.value),
            targetYear: data.target.year,
          })}
        </Caption1>
        <Caption1 className={styles.legend}>
          <span className={styles.swatchPlanned}>— {t("chartPlanned")}</span>
          <span className={styles.swatchTarget}>● {t("chartTarget")}</span>
          <span>
            ■ {t("chartActual")}
            {data.actuals.length
              ? `: ${data.actuals.map((a) => `${a.year} ${amount(a.value)}`).join(", ")}`
              : ""}
          </span>
        </Caption1>
      </figcaption>
    </figure>
  );
}
