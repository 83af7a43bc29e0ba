import localFont from "next/font/local";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import type { Locale } from "@/lib/i18n/routing";
import "@/app/globals.css";

// Self-hosted from npm: no request ever leaves for a font service.
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

/** The document every page sits in: translated pages and English-only pages have separate root
 * layouts (so moving between them reloads the page in the right language) around this one shell. */
export async function PageShell({
  locale,
  languageSwitch,
  children,
}: {
  locale: Locale;
  languageSwitch?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans text-lg leading-relaxed">
        <a
          href="#main"
          className="sr-only bg-focus px-4 py-2 text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {t("skipToMain")}
        </a>
        <SiteHeader locale={locale} languageSwitch={languageSwitch} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 sm:px-6">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
