import { describe, expect, it } from "vitest";
import { readSearch } from "@/lib/facilities/search-params";

describe("readSearch", () => {
  it("has sensible defaults for an empty search", () => {
    expect(readSearch({})).toEqual({ search: { radius: 25, unit: "mi", sort: "name", page: 1, facts: {} }, errors: {} });
  });

  it("reads filters on disclosed facts, and names a bad one", () => {
    expect(readSearch({ onSiteOnly: "true", optOut: "false", modality: "CT" }).search.facts).toEqual({
      onSiteOnly: true,
      optOut: false,
      modality: "CT",
    });
    expect(readSearch({ noTraining: "perhaps", modality: "XX" }).errors).toEqual({
      noTraining: "Expected true or false",
      modality: "Choose a kind of scan from the list",
    });
  });

  it("treats a lone ZIP code in the search box as a place to search near, sorted by distance", () => {
    const { search } = readSearch({ q: " 36301 " });
    expect(search).toMatchObject({ near: "36301", sort: "distance" });
    expect(search.text).toBeUndefined();
  });

  it("keeps a ZIP code in the search box as a place when the form is sent again", () => {
    expect(readSearch({ q: "60614", near: "60614" }).search).toMatchObject({ near: "60614", text: undefined, sort: "distance" });
    expect(readSearch({ q: "60614", near: "10001" }).search).toMatchObject({ near: "10001", text: undefined });
  });

  it("refuses a search with no letters or digits instead of listing everything", () => {
    const { search, errors } = readSearch({ q: "😀 — !!" });
    expect(search.text).toBeUndefined();
    expect(errors.q).toMatch(/letters or numbers/);
  });

  it("sorts text searches by relevance unless asked otherwise", () => {
    expect(readSearch({ q: "mercy" }).search.sort).toBe("relevance");
    expect(readSearch({ q: "mercy", sort: "name" }).search.sort).toBe("name");
  });

  it("cannot sort by distance without a place", () => {
    expect(readSearch({ q: "mercy", sort: "distance" }).search.sort).toBe("name");
  });

  it("reports each bad parameter by name and keeps the good ones", () => {
    const { search, errors } = readSearch({ q: "mercy", radius: "-5", near: "ABCDE", page: "0", state: "ZZ", kind: "CASTLE" });
    expect(errors).toEqual({
      radius: "Choose a distance from 5 to 100",
      near: "A ZIP code is 5 digits, e.g. 60614",
      page: "Page must be a whole number from 1",
      state: "Choose a state from the list",
      kind: "Choose a kind of facility from the list",
    });
    expect(search).toMatchObject({ text: "mercy", radius: 25, page: 1 });
  });

  it("takes the first value of a repeated parameter", () => {
    expect(readSearch({ state: ["AL", "GA"] }).search.state).toBe("AL");
  });
});
