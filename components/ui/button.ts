const tones = {
  primary: "bg-brand text-paper hover:bg-brand-dark",
  secondary: "border-2 border-ink bg-paper text-ink hover:bg-paper-muted",
  danger: "bg-error text-paper hover:bg-ink",
} as const;

export type ButtonTone = keyof typeof tones;

/** The look of a button, also for a link that acts as one ("Add an AI tool"). */
export const buttonClass = (tone: ButtonTone = "primary") =>
  `self-start rounded px-5 py-2 text-lg font-semibold disabled:opacity-60 ${tones[tone]}`;
