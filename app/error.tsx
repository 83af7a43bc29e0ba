"use client";

// Shown when a page fails for a reason that is not the visitor's doing. The digest lets
// support find the matching server log line without showing internals.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-4xl font-bold">Sorry, something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      {error.digest ? <p className="text-base text-ink-muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded-card bg-brand px-4 py-2 font-bold text-paper hover:bg-brand-dark">
        Try again
      </button>
    </div>
  );
}
