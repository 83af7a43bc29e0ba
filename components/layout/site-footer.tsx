import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  // Pages for researchers exist in English only; Spanish readers are told before they follow.
  const english = locale === "en" ? null : <span> {t("englishOnly")}</span>;
  return (
    <footer className="no-print border-t border-line bg-paper-muted">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-base text-ink-muted sm:px-6">
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.sources")}</p>
        <p>
          <NextLink href="/data" hrefLang="en">
            {t("footer.openData")}
          </NextLink>
          {english}
          {t("footer.openDataText")}
        </p>
        <p>
          <Link href="/stats" locale={locale}>
            {t("footer.stats")}
          </Link>
          {t("footer.statsText")}
        </p>
        <p>
          <Link href="/methodology" locale={locale}>
            {t("footer.methodology")}
          </Link>
          {t("footer.methodologyText")}
        </p>
        <p>
          <NextLink href="/developers" hrefLang="en">
            {t("footer.api")}
          </NextLink>
          {english}
          {t("footer.apiText")} <a href="/feeds/changes.atom">{t("footer.feed")}</a>.
        </p>
      </div>
    </footer>
  );
}
