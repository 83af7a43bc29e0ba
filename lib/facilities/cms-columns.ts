// The columns of CMS's "Hospital General Information" file that the directory uses, with the
// names older releases gave them.

const CMS_COLUMNS = {
  ccn: { names: ["Facility ID", "Provider ID", "CMS Certification Number (CCN)"], required: true },
  name: { names: ["Facility Name", "Hospital Name"], required: true },
  address: { names: ["Address"], required: true },
  city: { names: ["City/Town", "City"], required: true },
  state: { names: ["State"], required: true },
  zip: { names: ["ZIP Code", "Zip Code"], required: true },
  county: { names: ["County/Parish", "County Name"], required: false },
  phone: { names: ["Telephone Number", "Phone Number"], required: false },
  ownership: { names: ["Hospital Ownership"], required: false },
} as const;

export type CmsField = keyof typeof CMS_COLUMNS;
export type CmsColumnIndex = Partial<Record<CmsField, number>>;

const comparable = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

/** Where each field is in the header row, and the required fields it lacks (by their current name). */
export function mapCmsHeader(header: string[]): { index: CmsColumnIndex; missing: string[] } {
  const positions = new Map(header.map((name, position) => [comparable(name), position]));
  const index: CmsColumnIndex = {};
  const missing: string[] = [];
  for (const [field, column] of Object.entries(CMS_COLUMNS) as [CmsField, (typeof CMS_COLUMNS)[CmsField]][]) {
    const position = column.names.map((name) => positions.get(comparable(name))).find((found) => found !== undefined);
    if (position !== undefined) index[field] = position;
    else if (column.required)
      missing.push(
        `"${column.names[0]}" (or ${column.names
          .slice(1)
          .map((name) => `"${name}"`)
          .join(" or ")})`,
      );
  }
  return { index, missing };
}
