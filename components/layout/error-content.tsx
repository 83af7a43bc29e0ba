"use client";

import { useParams } from "next/navigation";
import en from "@/lib/i18n/messages/en/error.json";
import es from "@/lib/i18n/messages/es/error.json";

const WORDS = { en, es };

// Shown when a page fails for a reason that is not the visitor's doing. The digest lets
// support find the matching server log line without showing internals. Its words come with it
// (a few lines per language) rather than through a translation runtime on every page.
export function ErrorContent({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const words = locale === "es" ? WORDS.es : WORDS.en;
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-4xl font-bold">{words.title}</h1>
      <p>{words.text}</p>
      {error.digest ? <p className="text-base text-ink-muted">{words.reference.replace("{digest}", error.digest)}</p> : null}
      <button type="button" onClick={reset} className="rounded-card bg-brand px-4 py-2 font-bold text-paper hover:bg-brand-dark">
        {words.retry}
      </button>
    </div>
  );
}
