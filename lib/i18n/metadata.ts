import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "./routing";

/** The site-wide title template and description, in the page's language. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: "ScanAware", template: "%s · ScanAware" },
    icons: { icon: "/favicon.svg" },
    description: t("siteDescription"),
  };
}
