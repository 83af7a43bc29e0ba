import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { PageShell } from "@/components/layout/page-shell";
import { languageAlternates } from "@/lib/i18n/alternates";
import { currentPath } from "@/lib/i18n/current-path";
import { siteMetadata } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";

interface Props {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}

async function pageLocale(params: Props["params"]) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

// Tells search engines and assistive tools where the same page is in each language.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const path = await currentPath();
  return { ...(await siteMetadata(locale)), alternates: languageAlternates(path) };
}

// The pages patients read, in English at the root and in Spanish under /es.
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} languageSwitch={<LanguageSwitch locale={locale} />}>
      {children}
    </PageShell>
  );
}
