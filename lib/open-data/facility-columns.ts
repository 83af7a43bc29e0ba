import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { FACILITY_KIND_LABELS, FACILITY_SOURCE_LABELS } from "@/lib/facilities/schema";
import { utc, type Column } from "./column";

// The columns that identify a facility in every file: its ScanAware id and its public registry ids.

export const FACILITY_ID_COLUMNS: Column[] = [
  {
    name: "facility_id",
    sql: "f.id",
    type: "string",
    description: "ScanAware's identifier of the facility (a UUID). It never changes and is never reused.",
    required: true,
  },
  {
    name: "ccn",
    sql: "f.ccn",
    type: "string",
    description: "CMS Certification Number (6 characters, leading zeros kept), for Medicare-certified facilities.",
  },
  { name: "npi", sql: "f.npi", type: "string", description: "National Provider Identifier (10 digits), when known." },
];

/** facilities.csv: the directory. */
export const FACILITY_COLUMNS: Column[] = [
  ...FACILITY_ID_COLUMNS,
  { name: "name", sql: "f.name", type: "string", description: "The facility's name.", required: true },
  {
    name: "slug",
    sql: "f.slug",
    type: "string",
    description: "The last part of the facility's page address on ScanAware: /facilities/<slug>. It may change if the name changes.",
    required: true,
  },
  {
    name: "kind",
    sql: "f.kind::text",
    type: "string",
    description: "What kind of facility it is.",
    values: FACILITY_KIND_LABELS,
    required: true,
  },
  { name: "address", sql: "f.address", type: "string", description: "Street address." },
  { name: "city", sql: "f.city", type: "string", description: "City.", required: true },
  { name: "state", sql: "f.state", type: "string", description: "Two-letter US state or territory code.", required: true },
  { name: "zip", sql: "f.zip", type: "string", description: "Five-digit ZIP code." },
  { name: "county", sql: "f.county", type: "string", description: "County or parish." },
  { name: "phone", sql: "f.phone", type: "string", description: "Main phone number." },
  { name: "website", sql: "f.website", type: "string", description: "Web site." },
  { name: "ownership", sql: "f.ownership", type: "string", description: "Type of ownership, as CMS reports it." },
  { name: "latitude", sql: "f.latitude", type: "number", description: "Latitude in degrees (WGS 84); see location_precision." },
  { name: "longitude", sql: "f.longitude", type: "number", description: "Longitude in degrees (WGS 84); see location_precision." },
  {
    name: "location_precision",
    sql: "f.location_precision::text",
    type: "string",
    description: "How exact latitude and longitude are.",
    values: { ADDRESS: "The facility's address", ZIP_CENTROID: "The center of its ZIP code (approximate)" },
  },
  {
    name: "source",
    sql: "f.source::text",
    type: "string",
    description: "Where the record comes from.",
    values: FACILITY_SOURCE_LABELS,
    required: true,
  },
  {
    name: "current_version_number",
    sql: "p.version_number",
    type: "integer",
    description: "The number of the facility's current disclosure version (see disclosures-latest); empty until it has published one.",
  },
  {
    name: "disclosed_at",
    sql: utc("f.disclosed_at"),
    type: "datetime",
    description: "When the current disclosure was published (UTC); empty until the facility has published one.",
  },
  {
    name: "transparency_score",
    sql: "f.score",
    type: "integer",
    description: `How complete and specific the current disclosure is, 0–100, under transparency rubric ${RUBRIC_VERSION} (see /methodology); it does not judge the practices. Empty until the facility has published.`,
  },
  {
    name: "updated_at",
    sql: utc("f.updated_at"),
    type: "datetime",
    description: "When the facility's record last changed (UTC).",
    required: true,
  },
];
