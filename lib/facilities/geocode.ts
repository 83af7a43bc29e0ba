import zipcodes from "zipcodes";

export interface Location {
  latitude: number;
  longitude: number;
  precision: "ZIP_CENTROID";
}

/** The centre of a US ZIP code, from the offline `zipcodes` table: no network call, ever. */
export function locateZip(zip: string | null | undefined): Location | null {
  if (!zip) return null;
  const found = zipcodes.lookup(zip);
  if (!found || !Number.isFinite(found.latitude) || !Number.isFinite(found.longitude)) return null;
  return { latitude: found.latitude, longitude: found.longitude, precision: "ZIP_CENTROID" };
}
