import { getLocale, getTranslations } from "next-intl/server";
import type { FacilitySearch } from "@/lib/facilities/search-params";
import { RADIUS } from "@/lib/facilities/search-params";
import { formatDistance } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

/** Says why nothing matched and what to change, from the filters actually in use. */
export async function NoResults({ search }: { search: FacilitySearch }) {
  const [t, locale] = await Promise.all([getTranslations("search.noResults"), getLocale()]);
  const suggestions: string[] = [];
  if (search.text) suggestions.push(t("spelling", { text: search.text }));
  if (search.near && search.radius < RADIUS.max)
    suggestions.push(t("wider", { distance: formatDistance(search.radius, search.unit, locale) }));
  if (search.state) suggestions.push(t("state"));
  if (search.kind) suggestions.push(t("kind"));
  if (search.disclosure) suggestions.push(t("disclosure"));
  if (Object.values(search.facts).some((fact) => fact !== undefined && fact !== false)) suggestions.push(t("facts"));
  return (
    <div className="space-y-3 rounded-card border-l-8 border-brand bg-paper-muted p-5" role="status">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      {suggestions.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href="/facilities">{t("restart")}</Link>
      </p>
    </div>
  );
}
