import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b-8 border-brand bg-ink text-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="text-2xl font-bold text-paper no-underline hover:text-paper hover:underline">
          ScanAware
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex gap-6 text-lg">
            <li>
              <Link href="/facilities" className="text-paper underline-offset-4 hover:text-paper">
                Find a facility
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
