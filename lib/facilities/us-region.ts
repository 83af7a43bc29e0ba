import { US_STATES } from "./us-states";

// Whether a disclosure's free-text "country or region" of a cloud names the United States: the
// country, a state, or a US region of the big clouds ("us-east-1", "US Gov"). Format 1.0 asks for
// the region in words, so this is a reading of those words; anything it does not recognise counts
// as not known to be in the US, so the filter never claims more than the facility said.

const CLOUD_REGIONS = ["us-(east|west|central|north|south|gov)[a-z0-9-]*", "(east|west|central|north central|south central)\\s?us\\d?"];
const NAMES = ["united states( of america)?", "u\\.?s\\.?a?\\.?", "america", ...Object.values(US_STATES).map((name) => name.toLowerCase())];

/**
 * One pattern for JavaScript and PostgreSQL (`~*`): the words must stand alone, so "Russia" or
 * "Australia" never match "us".
 */
export const US_REGION_PATTERN = `(^|[^a-z])(${[...CLOUD_REGIONS, ...NAMES].join("|")})([^a-z]|$)`;

export function namesUnitedStates(region: string): boolean {
  return new RegExp(US_REGION_PATTERN, "i").test(region);
}
