import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/locale-path";
import { routing, type Locale } from "@/lib/i18n/routing";

/** A link to the same page, with the same query, in the other language. A plain link: the other
 * language has its own root layout, so the whole page is reloaded in it. */
export async function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: "common.language" });
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  return (
    <a
      href={localizedPath(path, other)}
      hrefLang={other}
      lang={other}
      aria-label={t("switchToName")}
      className="rounded-card border-2 border-paper px-3 py-1 font-semibold text-paper no-underline hover:bg-paper hover:text-ink"
    >
      {t("switchTo")}
    </a>
  );
}
