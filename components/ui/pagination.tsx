import Link from "next/link";

/** Previous / next and a few page numbers, as plain links that keep the rest of the URL. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pageCount]
    .filter((p, i, all) => p >= 1 && p <= pageCount && all.indexOf(p) === i)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pages of results" className="no-print">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} prefetch={false} className="inline-block rounded border border-line px-3 py-1" rel="prev">
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {around.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - around[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="inline-block rounded border-2 border-ink px-3 py-1 font-bold">
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link href={href(p)} prefetch={false} className="inline-block rounded border border-line px-3 py-1">
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} prefetch={false} className="inline-block rounded border border-line px-3 py-1" rel="next">
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
