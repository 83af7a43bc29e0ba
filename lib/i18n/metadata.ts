import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { Locale } from "./routing";

/** The site-wide title template and description, in the page's language. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    // Absolute addresses for the hreflang links, as search engines require.
    metadataBase: new URL(env().APP_URL),
    title: { default: "ScanAware", template: "%s · ScanAware" },
    icons: { icon: "/favicon.svg" },
    description: t("siteDescription"),
  };
}
