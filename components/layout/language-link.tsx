"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { localizedPath, routeLocale } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The current page, query and all, in `locale`. The header that holds it stays on screen while the
 * visitor moves between pages, so the address is read from the current URL, not from the request
 * that drew the header. A plain link: the other language has its own root layout.
 */
export function LanguageLink({ locale, label, name, className }: { locale: Locale; label: string; name: string; className: string }) {
  const route = routeLocale(usePathname());
  const query = useSearchParams().toString();
  const path = "path" in route ? route.path : "/";
  return (
    <a
      href={localizedPath(path, locale) + (query ? `?${query}` : "")}
      hrefLang={locale}
      lang={locale}
      aria-label={name}
      className={className}
    >
      {label}
    </a>
  );
}
