const tones = {
  neutral: "border-line bg-paper-muted text-ink",
  sample: "border-sample bg-sample-bg text-sample",
  info: "border-brand bg-paper text-brand-dark",
} as const;

/** A short label in a bordered box: its meaning is in its words, never in its colour alone. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}
