import { getLocale, getTranslations } from "next-intl/server";

/** Text a facility wrote itself. It is shown as written, never translated: the disclosure form is
 * in English, so it is marked as English, and readers of another language are told so. */
export async function FacilityWords({ children, block = false }: { children: React.ReactNode; block?: boolean }) {
  const locale = await getLocale();
  const Tag = block ? "div" : "span";
  if (locale === "en") return <Tag lang="en">{children}</Tag>;
  const t = await getTranslations("common.freeText");
  return (
    <Tag>
      <Tag lang="en">{children}</Tag> <small className="text-base text-ink-muted">({t("label")})</small>
    </Tag>
  );
}
