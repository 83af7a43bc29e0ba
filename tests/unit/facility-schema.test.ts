import { describe, expect, it } from "vitest";
import { isValidNpi } from "@/lib/facilities/npi";
import { facilitySchema } from "@/lib/facilities/schema";
import { facilitySearchText, normalizeForSearch, slugify } from "@/lib/facilities/search-text";

const valid = { name: "Lakeside Imaging", kind: "IMAGING_CENTER", city: "Madison", state: "WI" };

describe("NPI check digit", () => {
  it("accepts NPIs whose Luhn check digit matches", () => {
    expect(isValidNpi("1234567893")).toBe(true); // CMS's published example
    expect(isValidNpi("1245319599")).toBe(true);
  });

  it("refuses a mistyped digit, a swapped pair and the wrong length", () => {
    expect(isValidNpi("1234567894")).toBe(false);
    expect(isValidNpi("1234567839")).toBe(false);
    expect(isValidNpi("123456789")).toBe(false);
  });
});

describe("facilitySchema", () => {
  it("accepts a minimal facility and turns blank optional text into null", () => {
    expect(facilitySchema.parse({ ...valid, address: "  ", ccn: "01000a" })).toMatchObject({ address: null, ccn: "01000A" });
  });

  it("names each invalid field", () => {
    const result = facilitySchema.safeParse({ ...valid, state: "XX", zip: "1234", npi: "1234567894", website: "ftp://x" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(["npi", "state", "website", "zip"]);
  });
});

describe("search text", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normalizeForSearch("ST. MARY'S Hôpital São-José")).toBe("st marys hopital sao jose");
    expect(normalizeForSearch("Łódź Straße Ærø")).toBe("lodz strasse aero");
    expect(facilitySearchText({ name: "St. Mary's", city: "Mayagüez", state: "PR" })).toBe("st marys mayaguez pr");
  });

  it("makes URL-safe slugs", () => {
    expect(slugify("St. Vincent's East — Birmingham, AL")).toBe("st-vincents-east-birmingham-al");
  });
});
