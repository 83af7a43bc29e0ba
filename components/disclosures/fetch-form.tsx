import { ActionForm } from "@/components/forms/action-form";
import { fetchDisclosureAction } from "@/lib/disclosures/actions-fetch";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { WELL_KNOWN_PATH } from "@/lib/disclosures/well-known";

/**
 * Asks ScanAware to fetch the disclosure a facility publishes on its own site into its draft:
 * for the facility's admins (on the editor) and moderators (on the version history).
 */
export function FetchDisclosureForm({ facilityId, website }: { facilityId: string; website: string | null }) {
  return (
    <section aria-labelledby="fetch-heading" className="no-print flex flex-col gap-3">
      <h2 id="fetch-heading" className="text-2xl font-bold">
        Fetch from the facility&apos;s website
      </h2>
      <p>
        {website ? (
          <>
            A facility may publish its disclosure file (in the{" "}
            <a href={`/api/v1/schemas/disclosure-${DISCLOSURE_SCHEMA_VERSION}.json`}>published disclosure format</a>) on its own site, at{" "}
            <code>{WELL_KNOWN_PATH}</code> on the host of {website}, over https. Fetching it replaces the draft; nothing is published until
            an admin of the facility reviews and publishes it.
          </>
        ) : (
          "This facility has no website on record, so there is nowhere to fetch a disclosure from."
        )}
      </p>
      {website ? (
        <ActionForm action={fetchDisclosureAction} submitLabel="Fetch into the draft" tone="secondary" className="flex flex-col gap-4">
          <input type="hidden" name="facilityId" value={facilityId} />
        </ActionForm>
      ) : null}
    </section>
  );
}
