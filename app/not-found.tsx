import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageShell } from "@/components/layout/page-shell";

// An address that matches no page at all (the translated and English layouts have their own).
export default function NotFound() {
  return (
    <PageShell locale="en">
      <NotFoundContent />
    </PageShell>
  );
}
