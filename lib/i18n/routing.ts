// English lives at the root, Spanish under /es. The proxy (lib/i18n/locale-path.ts) does the
// routing itself: no cookie and no guessing from the browser, so a link always opens the
// language it names.
export const routing = {
  locales: ["en", "es"],
  defaultLocale: "en",
} as const;

export type Locale = (typeof routing.locales)[number];
