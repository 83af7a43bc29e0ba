import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-line bg-paper-muted">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-ink-muted sm:px-6">
        <p>
          ScanAware is an open, non-commercial registry. It sets no tracking cookies, loads nothing from other sites, and does not record
          what you search for.
        </p>
        <p>Facility information comes from public records and from the facilities themselves.</p>
        <p>
          <Link href="/data">Open data</Link>: download everything, free to reuse (public domain).
        </p>
        <p>
          <Link href="/stats">Statistics</Link>: how many facilities have disclosed, and what they say about AI, in charts and tables.
        </p>
        <p>
          <Link href="/methodology">How the transparency score works</Link>: the rubric, and what the score does and does not measure.
        </p>
        <p>
          <Link href="/developers">API</Link>: a free public API with an OpenAPI description, and{" "}
          <a href="/feeds/changes.atom">a feed of changes</a>.
        </p>
      </div>
    </footer>
  );
}
