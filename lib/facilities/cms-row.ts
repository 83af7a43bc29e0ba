import type { CmsColumnIndex, CmsField } from "./cms-columns";
import { locateZip, type Location } from "./geocode";
import { readableCase } from "./readable-case";
import { facilitySchema } from "./schema";
import { facilitySearchText, slugify } from "./search-text";

export interface CmsFacility {
  ccn: string;
  slug: string;
  name: string;
  address: string | null;
  city: string;
  state: string;
  zip: string | null;
  county: string | null;
  phone: string | null;
  ownership: string | null;
  location: Location | null;
  searchText: string;
}

export interface SkippedRow {
  row: number;
  field: string;
  reason: string;
}

const MISSING = /^(not available|n\/a|na|none|null|-)$/i;

/** Undoes what spreadsheets and exports do to cells: stray quotes, padding, "Not Available". */
function clean(value: string | undefined): string | null {
  const trimmed = (value ?? "").replace(/^["'\s]+|["'\s]+$/g, "").replace(/\s+/g, " ");
  return trimmed === "" || MISSING.test(trimmed) ? null : trimmed;
}

/** Leading zeros a spreadsheet dropped: 10001 → 010001 (a CCN is 6 characters). */
function padDigits(value: string | null, length: number): string | null {
  return value && /^\d+$/.test(value) && value.length < length ? value.padStart(length, "0") : value;
}

function formatPhone(value: string | null): string | null {
  const digits = value?.replace(/\D/g, "") ?? "";
  const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  return national.length === 10 ? `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}` : value;
}

const FIELD_LABELS: Record<string, string> = {
  ccn: "Facility ID",
  name: "Facility Name",
  address: "Address",
  city: "City/Town",
  state: "State",
  zip: "ZIP Code",
  county: "County/Parish",
  phone: "Telephone Number",
  ownership: "Hospital Ownership",
};

/** One CSV record → a facility to import, or the reason it is skipped (row number and field). */
export function repairCmsRow(record: string[], index: CmsColumnIndex, row: number): CmsFacility | SkippedRow {
  const cell = (field: CmsField) => (index[field] === undefined ? null : clean(record[index[field]!]));
  const zip = padDigits(cell("zip")?.replace(/-\d{4}$/, "") ?? null, 5);
  const upper = (value: string | null) => value?.toUpperCase() ?? null;
  const readable = (value: string | null) => (value ? readableCase(value) : value);

  const parsed = facilitySchema.safeParse({
    name: readable(cell("name")) ?? "",
    kind: "HOSPITAL",
    ccn: padDigits(upper(cell("ccn")), 6),
    address: readable(cell("address")),
    city: readable(cell("city")) ?? "",
    state: upper(cell("state")) ?? "",
    zip,
    county: readable(cell("county")),
    phone: formatPhone(cell("phone")),
    ownership: cell("ownership"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    return { row, field: FIELD_LABELS[field] ?? field, reason: issue.message };
  }
  const facility = parsed.data;
  if (!facility.ccn) return { row, field: FIELD_LABELS.ccn!, reason: "A facility from CMS needs its CMS Certification Number" };
  return {
    ccn: facility.ccn,
    slug: slugify(`${facility.name} ${facility.city} ${facility.state}`),
    name: facility.name,
    address: facility.address ?? null,
    city: facility.city,
    state: facility.state,
    zip: facility.zip ?? null,
    county: facility.county ?? null,
    phone: facility.phone ?? null,
    ownership: facility.ownership ?? null,
    location: locateZip(facility.zip),
    searchText: facilitySearchText(facility),
  };
}

export function isSkipped(result: CmsFacility | SkippedRow): result is SkippedRow {
  return "reason" in result;
}
