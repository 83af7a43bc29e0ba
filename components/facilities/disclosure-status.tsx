import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";

export async function DisclosureStatus({ disclosedAt }: { disclosedAt: Date | null }) {
  const [t, locale] = await Promise.all([getTranslations("search.status"), getLocale()]);
  return disclosedAt ? (
    <Badge tone="info">{t("disclosed", { date: formatDate(disclosedAt, locale) })}</Badge>
  ) : (
    <Badge>{t("notDisclosed")}</Badge>
  );
}
