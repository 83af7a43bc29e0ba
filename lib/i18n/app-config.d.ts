import type { Messages } from "./messages";
import type { Locale } from "./routing";

// Typed keys: a t("…") call with a key that does not exist fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
