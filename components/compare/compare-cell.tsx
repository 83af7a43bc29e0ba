import { EyeOff } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AnswerValue } from "@/components/disclosures/disclosure-detail";
import type { CompareCell } from "@/lib/compare/cells";

/**
 * A facility that has published nothing: hatched, with a dashed border, an icon and the words, so it
 * never passes for an answer or a blank, in colour, in black and white or to a screen reader.
 */
export async function NotDisclosed() {
  const t = await getTranslations("compare");
  return (
    <span className="flex items-center gap-1 rounded border-2 border-dashed border-ink-muted bg-[repeating-linear-gradient(135deg,var(--color-paper-muted)_0_6px,var(--color-paper)_6px_12px)] px-2 py-1 font-semibold">
      <EyeOff aria-hidden="true" className="size-4 shrink-0" />
      {t("notDisclosed")}
    </span>
  );
}

export function CompareCellContent({ cell }: { cell: CompareCell }) {
  if (!cell.disclosed) return <NotDisclosed />;
  const [only] = cell.items;
  if (cell.items.length === 1 && only && !only.label) return <AnswerValue row={only} />;
  return (
    <ul className="space-y-2">
      {cell.items.map((item, index) => (
        <li key={index}>
          {item.label ? <span className="font-semibold">{item.label}: </span> : null}
          <AnswerValue row={item} />
        </li>
      ))}
    </ul>
  );
}
