import { z } from "zod";
import { isValidNpi } from "./npi";
import { US_STATE_CODES } from "./us-states";

// The single description of a facility record: used by the facility form, the API and the CMS
// import. Client-safe (no server imports).

export const FACILITY_KINDS = ["HOSPITAL", "IMAGING_CENTER", "MOBILE_UNIT", "OTHER"] as const;
export type FacilityKindValue = (typeof FACILITY_KINDS)[number];

export const FACILITY_KIND_LABELS: Record<FacilityKindValue, string> = {
  HOSPITAL: "Hospital",
  IMAGING_CENTER: "Imaging center",
  MOBILE_UNIT: "Mobile imaging unit",
  OTHER: "Other",
};

export const FACILITY_SOURCE_LABELS = {
  CMS_IMPORT: "Imported from CMS's Hospital General Information list",
  SELF_REGISTERED: "Registered by the facility",
  MODERATOR: "Added by a ScanAware moderator",
} as const;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((value) => value || null)
    .nullable()
    .optional();

export const facilitySchema = z.object({
  name: z.string().trim().min(2, { error: "Enter the facility's name" }).max(200, { error: "Name must be at most 200 characters" }),
  kind: z.enum(FACILITY_KINDS, { error: "Choose what kind of facility this is" }),
  ccn: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{6}$/, { error: "A CMS Certification Number is 6 letters or digits, e.g. 010001" })
    .nullable()
    .optional(),
  npi: z
    .string()
    .trim()
    .regex(/^\d{10}$/, { error: "An NPI is 10 digits" })
    .refine(isValidNpi, { error: "This NPI's check digit does not match: check for a typo" })
    .nullable()
    .optional(),
  address: optionalText(200, "Address"),
  city: z.string().trim().min(1, { error: "Enter the city or town" }).max(100, { error: "City must be at most 100 characters" }),
  state: z.enum(US_STATE_CODES, { error: "Choose a US state or territory (2 letters, e.g. CA)" }),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: "A ZIP code is 5 digits" })
    .nullable()
    .optional(),
  county: optionalText(100, "County"),
  phone: optionalText(40, "Phone"),
  website: z
    .url({ protocol: /^https?$/, error: "Enter a web address starting with https:// or http://" })
    .nullable()
    .optional(),
  ownership: optionalText(100, "Ownership"),
});

export type FacilityInput = z.infer<typeof facilitySchema>;
