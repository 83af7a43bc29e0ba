import { CircleCheck, CircleDashed, CircleMinus, CircleX, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ItemState, ScoreResult } from "@/lib/score/score";

// A facility's transparency score, and every rubric item that made it: what earned points and
// what did not, in words and icons (never colour alone).

const STATES: Record<ItemState, { icon: LucideIcon; label: string }> = {
  earned: { icon: CircleCheck, label: "Earned" },
  partial: { icon: CircleDashed, label: "Partly earned" },
  missed: { icon: CircleX, label: "Missed" },
  neutral: { icon: CircleMinus, label: "Not applicable" },
};

const points = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString("en-US")} point${rounded === 1 ? "" : "s"}`;
};

/** `result` null: the facility has no visible version, so no score (and no number). */
export function ScoreCard({ result }: { result: ScoreResult | null }) {
  if (!result) {
    // Not printed: the sheet already says "not yet disclosed", and the questions need the room.
    return (
      <section aria-labelledby="score-heading" className="no-print space-y-2 rounded-card border border-line p-6">
        <h2 id="score-heading" className="text-2xl font-bold">
          Transparency score
        </h2>
        <p>
          <strong>Not yet disclosed — no score.</strong> A score measures how complete and specific a published disclosure is.{" "}
          <Link href="/methodology">How the score works</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="score-heading" className="space-y-3 rounded-card border border-line p-6" data-testid="score-card">
      <h2 id="score-heading" className="text-2xl font-bold">
        Transparency score{" "}
        <span className="whitespace-nowrap">
          {result.score} <span className="text-xl font-semibold">out of 100</span>
        </span>{" "}
        <span className="text-base font-normal text-ink-muted">(rubric {result.rubricVersion})</span>
      </h2>
      <p>
        How complete and specific this disclosure is — not whether the facility&apos;s practices are good. It earned {points(result.earned)}{" "}
        of {points(result.possible)} possible. <Link href="/methodology">How the score works</Link>
      </p>
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold">What earned points and what did not ({result.items.length} items)</summary>
        <ul className="divide-y divide-line border-y border-line">
          {result.items.map((item) => {
            const { icon: Icon, label } = STATES[item.state];
            return (
              <li key={item.id} className="flex gap-3 py-3" data-state={item.state}>
                <Icon aria-hidden="true" className="mt-1 size-5 shrink-0" />
                <div className="space-y-1">
                  <p>
                    <span className="font-semibold">{item.title}</span>
                    {" — "}
                    <span>
                      {label}
                      {item.state === "neutral" ? null : `: ${points(item.earned)} of ${item.possible.toLocaleString("en-US")}`}
                    </span>
                  </p>
                  <p className="text-base text-ink-muted">{item.why}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
