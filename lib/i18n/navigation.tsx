import NextLink from "next/link";
import { createNavigation } from "next-intl/navigation";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { routing, type Locale } from "./routing";

export const { getPathname } = createNavigation(routing);

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string; locale?: Locale };

/**
 * A link to a translated page, in the page's language (or `locale`'s). Links to pages that exist
 * in English only use next/link. Resolved on the server: next-intl's own Link is a client
 * component that would bring its runtime and a context provider to every page.
 */
export async function Link({ href, locale, ...rest }: Props) {
  return <NextLink href={getPathname({ href, locale: locale ?? (await getLocale()) })} {...rest} />;
}
