import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedPath } from "./locale-path";
import type { Locale } from "./routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string; locale?: Locale };

/**
 * A link to a translated page, in the page's language (or `locale`'s). Links to pages that exist
 * in English only use next/link. Resolved on the server: next-intl's navigation helpers reference
 * its client Link, which would bring its runtime to every page.
 */
export async function Link({ href, locale, ...rest }: Props) {
  return <NextLink href={localizedPath(href, locale ?? (await getLocale()))} {...rest} />;
}
