/** A list entry's position from the URL: "new" is -1 (a new entry); anything else must exist. */
export function entryIndex(segment: string, length: number): number | null {
  if (segment === "new") return -1;
  if (!/^\d{1,3}$/.test(segment)) return null;
  const index = Number(segment);
  return index < length ? index : null;
}
