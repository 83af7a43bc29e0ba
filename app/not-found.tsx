import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageShell } from "@/components/layout/page-shell";

// An address that matches no page at all (the translated and English layouts have their own), in
// the language of its /es prefix if it has one (the proxy says which).
export default async function NotFound() {
  return (
    <PageShell locale={await getLocale()}>
      <NotFoundContent />
    </PageShell>
  );
}
