import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messages } from "./messages";
import { routing } from "./routing";

// The proxy tells each request its language; pages outside the translated set are English.
// Dates are shown in UTC, as everywhere else on the site, so a date never shifts by a day.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messages[locale], timeZone: "UTC" };
});
