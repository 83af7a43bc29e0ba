import { getTranslations } from "next-intl/server";
import { LanguageLink } from "@/components/layout/language-link";
import { routing, type Locale } from "@/lib/i18n/routing";

/** The link to this page in the other language, named in that language. */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common.language" });
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  return (
    <LanguageLink
      locale={other}
      label={t("switchTo")}
      name={t("switchToName")}
      className="rounded-card border-2 border-paper px-3 py-1 font-semibold text-paper no-underline hover:bg-paper hover:text-ink"
    />
  );
}
