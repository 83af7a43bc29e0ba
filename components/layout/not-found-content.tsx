import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function NotFoundContent() {
  const t = await getTranslations("common.notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
