import type { Metadata } from "next";
import Link from "next/link";
import { VerifyFirst } from "@/components/accounts/verify-first";
import { ClaimantFields } from "@/components/accounts/claimant-fields";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { requireActor } from "@/lib/auth/session";
import { FACILITY_KIND_LABELS, FACILITY_KINDS } from "@/lib/facilities/schema";
import { US_STATES } from "@/lib/facilities/us-states";
import { createRegistrationAction } from "@/lib/registrations/actions-submit";

export const metadata: Metadata = { title: "Propose a facility" };

const KIND_OPTIONS = FACILITY_KINDS.map((kind) => ({ value: kind, label: FACILITY_KIND_LABELS[kind] }));
const STATE_OPTIONS = Object.entries(US_STATES).map(([value, label]) => ({ value, label }));

export default async function RegisterFacilityPage() {
  const actor = await requireActor("/register-facility");
  return (
    <>
      <h1 className="text-4xl font-bold">Propose a facility</h1>
      <p>
        For a facility that is not in the directory yet — first <Link href="/facilities">search for it</Link>. A moderator checks every
        proposal; once approved, the facility is listed and you become its facility admin.
      </p>
      {actor.emailVerified ? (
        <ActionForm action={createRegistrationAction} submitLabel="Send for review">
          <TextField name="name" label="Facility name" autoComplete="organization" />
          <SelectField name="kind" label="Kind of facility" options={KIND_OPTIONS} />
          <TextField name="address" label="Street address" autoComplete="street-address" />
          <TextField name="city" label="City or town" autoComplete="address-level2" />
          <SelectField name="state" label="State or territory" options={STATE_OPTIONS} />
          <TextField name="zip" label="ZIP code" autoComplete="postal-code" hint="5 digits." />
          <TextField name="phone" label="Facility phone" type="tel" required={false} />
          <TextField name="website" label="Facility website" type="url" required={false} hint="Starting with https://" />
          <ClaimantFields />
        </ActionForm>
      ) : (
        <VerifyFirst email={actor.email} action="proposing a facility" />
      )}
    </>
  );
}
