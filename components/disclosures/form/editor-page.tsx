import { loadForPage, NoAccess } from "@/components/layout/no-access";
import { requireActor } from "@/lib/auth/session";
import { getEditor } from "@/lib/disclosures/data";

/** Loads the editor for a page of it: the signed-in member's facility and draft, or a 404. */
export async function loadEditor(facilityId: string, path: string) {
  const actor = await requireActor(`/manage/${facilityId}/disclosure${path}`);
  const loaded = await loadForPage(() => getEditor(actor, facilityId));
  return loaded ? { actor, ...loaded.data } : null;
}

export { NoAccess };

export function EditorHeading({ facility, title }: { facility: { name: string }; title: string }) {
  return (
    <header className="flex flex-col gap-1">
      <p className="text-lg text-ink-muted">{facility.name}: disclosure</p>
      <h1 className="text-4xl font-bold">{title}</h1>
    </header>
  );
}
