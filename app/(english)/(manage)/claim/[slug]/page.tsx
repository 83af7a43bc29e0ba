import type { Metadata } from "next";
import { VerifyFirst } from "@/components/accounts/verify-first";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { ClaimantFields } from "@/components/accounts/claimant-fields";
import { TextField } from "@/components/forms/fields";
import { requireActor } from "@/lib/auth/session";
import { createClaimAction } from "@/lib/claims/actions-submit";
import { getFacilityBySlug } from "@/lib/facilities/data";

export const metadata: Metadata = { title: "Claim a facility" };

type Props = { params: Promise<{ slug: string }> };

export default async function ClaimPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requireActor(`/claim/${slug}`);
  const facility = await getFacilityBySlug(slug);
  if (!facility || facility.isSample) notFound();
  return (
    <>
      <h1 className="text-4xl font-bold">Claim {facility.name}</h1>
      <p>
        {facility.city}, {facility.state}. Claiming makes you a facility admin: you will publish the facility&apos;s disclosure and manage
        its team. A moderator checks every claim before it takes effect.
      </p>
      {actor.emailVerified ? (
        <ActionForm action={createClaimAction} submitLabel="Send claim for review">
          <input type="hidden" name="facilityId" value={facility.id} />
          <ClaimantFields />
          <TextField
            name="evidenceUrl"
            label="A link that shows your role"
            type="url"
            required={false}
            hint="For example your page on the facility's staff directory."
          />
        </ActionForm>
      ) : (
        <VerifyFirst email={actor.email} action="claiming a facility" />
      )}
    </>
  );
}
