import Link from "next/link";

/** The words of the page using it, so it reads in that page's language. */
export interface PaginationLabels {
  /** The name of the navigation. */
  nav: string;
  /** Visible words, with whatever only screen readers need in an sr-only span. */
  previous: React.ReactNode;
  next: React.ReactNode;
  /** Read before each page number. */
  page: string;
}

/** Previous / next and a few page numbers, as plain links that keep the rest of the URL. */
export function Pagination({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1) return null;
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pageCount]
    .filter((p, i, all) => p >= 1 && p <= pageCount && all.indexOf(p) === i)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={labels.nav} className="no-print">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} prefetch={false} className="inline-block rounded border border-line px-3 py-1" rel="prev">
              {labels.previous}
            </Link>
          </li>
        ) : null}
        {around.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - around[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="inline-block rounded border-2 border-ink px-3 py-1 font-bold">
                <span className="sr-only">{labels.page} </span>
                {p}
              </span>
            ) : (
              <Link href={href(p)} prefetch={false} className="inline-block rounded border border-line px-3 py-1">
                <span className="sr-only">{labels.page} </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} prefetch={false} className="inline-block rounded border border-line px-3 py-1" rel="next">
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
