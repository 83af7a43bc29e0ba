import { describe, expect, it } from "vitest";
import { constraintsText, typeText } from "@/lib/api/describe-schema";

describe("the API reference's words for a schema", () => {
  it("names types, references, lists, alternatives and allowed values", () => {
    expect(typeText({ type: "string", format: "uuid" })).toBe("string (uuid)");
    expect(typeText({ $ref: "#/components/schemas/Facility" })).toBe("Facility");
    expect(typeText({ type: "array", items: { $ref: "#/components/schemas/AiTool" } })).toBe("array of AiTool");
    expect(typeText({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("string or null");
    expect(typeText({ enum: ["mi", "km"] })).toBe("one of: mi, km");
    expect(typeText({})).toBe("any JSON value");
  });

  it("states limits and defaults", () => {
    expect(constraintsText({ type: "integer", minimum: 1, maximum: 200, default: 50 })).toBe("1–200; default 50");
    expect(constraintsText({ type: "string", maxLength: 100 })).toBe("at most 100 characters");
    expect(constraintsText({ type: "string" })).toBe("");
  });
});
