"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails for a reason that is not the visitor's doing. The digest lets
// support find the matching server log line without showing internals.
export function ErrorContent({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      {error.digest ? <p className="text-base text-ink-muted">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="rounded-card bg-brand px-4 py-2 font-bold text-paper hover:bg-brand-dark">
        {t("retry")}
      </button>
    </div>
  );
}
