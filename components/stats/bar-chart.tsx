import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { Text } from "@visx/text";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatShare } from "@/lib/stats/format-share";
import type { StatRow } from "@/lib/stats/statistics";
import { statsWords } from "@/lib/stats/words";

// A horizontal bar chart drawn on the server as plain SVG (visx's scale, group, shape and text
// need no browser). Each bar has its label above it and its number beside it, so nothing depends
// on colour or on hovering; bars for "unknown", "declined"… are hatched as well as lighter.

const WIDTH = 600;
const LABEL_HEIGHT = 26;
const BAR_HEIGHT = 26;
const ROW_GAP = 18;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
/** Room to the right of the longest bar for its number, e.g. "3 of 5,678 (less than 1%)". */
const VALUE_ROOM = 270;
const FONT_SIZE = 20;
/** About as many characters as fit across the chart; a longer name (a vendor's) is cut here, and read whole in the table. */
const LABEL_CHARACTERS = 50;

const fitted = (label: string) => (label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : label);

/** "12 of 40 (30%)", or "12" where there is nothing to compare with. */
export function barValue(row: StatRow, locale: Locale): string {
  const count = formatCount(row.count, locale);
  if (row.outOf === null) return count;
  return statsWords(locale)("chart.value", { count, outOf: formatCount(row.outOf, locale), share: formatShare(row, locale) });
}

export function BarChart({ id, rows, summary, locale }: { id: string; rows: StatRow[]; summary: string; locale: Locale }) {
  const height = rows.length * ROW_HEIGHT;
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...rows.map((row) => row.count))], range: [0, WIDTH - VALUE_ROOM] });
  const hatch = `${id}-hatch`;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={summary}
      className="block max-w-2xl overflow-visible"
      fontFamily="inherit"
      fontSize={FONT_SIZE}
    >
      <defs>
        <pattern id={hatch} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} className="fill-paper-muted" />
          <line x1={0} y1={0} x2={0} y2={8} className="stroke-ink-muted" strokeWidth={4} />
        </pattern>
      </defs>
      {rows.map((row, index) => {
        const width = x(row.count);
        return (
          <Group key={row.key} top={index * ROW_HEIGHT}>
            <Text x={0} y={LABEL_HEIGHT - 6} className="fill-ink" fontWeight={600}>
              {fitted(row.label)}
            </Text>
            <Bar
              x={0}
              y={LABEL_HEIGHT}
              width={Math.max(width, 2)}
              height={BAR_HEIGHT}
              className={row.answered ? "fill-brand" : "stroke-ink-muted"}
              fill={row.answered ? undefined : `url(#${hatch})`}
            />
            <Text x={Math.max(width, 2) + 8} y={LABEL_HEIGHT + BAR_HEIGHT / 2} verticalAnchor="middle" className="fill-ink">
              {barValue(row, locale)}
            </Text>
          </Group>
        );
      })}
    </svg>
  );
}
