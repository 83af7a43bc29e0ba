import type { Metadata } from "next";
import { ImportFields } from "@/components/disclosures/form/import-fields";
import { ActionForm } from "@/components/forms/action-form";
import { requireActor } from "@/lib/auth/session";
import { importDraftAction } from "@/lib/disclosures/actions-import";
import { listMyFacilities } from "@/lib/teams/data";

export const metadata: Metadata = { title: "Import a disclosure" };

export default async function ImportDisclosurePage() {
  const actor = await requireActor("/manage/import-disclosure");
  const memberships = await listMyFacilities(actor);
  return (
    <>
      <h1 className="text-4xl font-bold">Import a disclosure</h1>
      <p>
        For organizations with several sites: put the same answers into the drafts of several facilities at once. Export a draft from one
        facility (“Download the draft as a file” on its disclosure page), then import it here. Each draft is replaced; nothing is published
        until an admin of each facility reviews and publishes it.
      </p>
      {memberships.length ? (
        <ActionForm action={importDraftAction} submitLabel="Import into the chosen drafts">
          <ImportFields
            facilities={memberships.map(({ facility }) => ({
              id: facility.id,
              label: `${facility.name}, ${facility.city}, ${facility.state}`,
            }))}
          />
        </ActionForm>
      ) : (
        <p>You are not on any facility&apos;s team yet.</p>
      )}
    </>
  );
}
