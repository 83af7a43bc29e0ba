import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { signOutAction } from "@/lib/accounts/actions";
import { getActor } from "@/lib/auth/session";

const linkClass = "text-paper underline-offset-4 hover:text-paper";

export async function SiteHeader() {
  const actor = await getActor();
  return (
    <header className="border-b-8 border-brand bg-ink text-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="text-2xl font-bold text-paper no-underline hover:text-paper hover:underline">
          ScanAware
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap items-center gap-6 text-lg">
            <li>
              <Link href="/facilities" className={linkClass}>
                Find a facility
              </Link>
            </li>
            {actor ? (
              <>
                <li>
                  <Link href="/manage" className={linkClass}>
                    Manage
                  </Link>
                </li>
                <li>
                  <ActionForm action={signOutAction} submitLabel="Sign out" tone="secondary" className="flex" />
                </li>
              </>
            ) : (
              <li>
                <Link href="/sign-in" className={linkClass}>
                  For facilities: sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
