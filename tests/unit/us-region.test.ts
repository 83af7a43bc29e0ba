import { describe, expect, it } from "vitest";
import { namesUnitedStates } from "@/lib/facilities/us-region";

describe("a cloud region named in a disclosure", () => {
  it("is in the US when it names the country, a state or a US cloud region", () => {
    for (const region of [
      "United States (Virginia)",
      "USA",
      "U.S.",
      "US",
      "Oregon",
      "AWS us-east-1",
      "Azure East US 2",
      "US Gov Virginia",
      "New York, NY",
    ]) {
      expect(namesUnitedStates(region), region).toBe(true);
    }
  });

  it("is not known to be in the US otherwise", () => {
    for (const region of [
      "Germany",
      "EU (Frankfurt)",
      "Canada Central",
      "Australia",
      "Russia",
      "eu-west-1",
      "India (Mumbai)",
      "",
      "the vendor's cloud",
    ]) {
      expect(namesUnitedStates(region), region).toBe(false);
    }
  });
});
