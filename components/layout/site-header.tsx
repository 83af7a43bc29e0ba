import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { signOutAction } from "@/lib/accounts/actions";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const linkClass = "text-paper underline-offset-4 hover:text-paper";

export async function SiteHeader({ locale, languageSwitch }: { locale: Locale; languageSwitch?: React.ReactNode }) {
  const [actor, t] = await Promise.all([getActor(), getTranslations({ locale, namespace: "common.header" })]);
  return (
    <header className="border-b-8 border-brand bg-ink text-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" locale={locale} className="text-2xl font-bold text-paper no-underline hover:text-paper hover:underline">
          ScanAware
        </Link>
        <nav aria-label={t("mainNav")} className="no-print">
          <ul className="flex flex-wrap items-center gap-6 text-lg">
            <li>
              <Link href="/facilities" locale={locale} className={linkClass}>
                {t("findFacility")}
              </Link>
            </li>
            {actor ? (
              <>
                <li>
                  <NextLink href="/manage" className={linkClass}>
                    {t("manage")}
                  </NextLink>
                </li>
                <li>
                  <ActionForm action={signOutAction} submitLabel={t("signOut")} tone="secondary" className="flex" />
                </li>
              </>
            ) : (
              <li>
                <NextLink href="/sign-in" className={linkClass}>
                  {t("signIn")}
                </NextLink>
              </li>
            )}
            {languageSwitch ? <li>{languageSwitch}</li> : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
