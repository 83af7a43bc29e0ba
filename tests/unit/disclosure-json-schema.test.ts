import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { disclosureJsonSchema } from "@/lib/disclosures/json-schema";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { validateDisclosure } from "@/lib/disclosures/validate";

const schema = disclosureJsonSchema("https://scanaware.example.org");
// `format` is only a note in draft 2020-12 unless a validator opts in, so formats are off here:
// the schema must refuse bad URLs and dates with its own patterns. Strict mode still refuses any
// keyword or construct ajv does not know.
const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

type Content = Record<string, unknown>;
const sample = (): Content => structuredClone(sampleDisclosure) as unknown as Content;
const edit = (change: (content: Content) => void): Content => {
  const content = sample();
  change(content);
  return content;
};
const tools = (content: Content) => content.aiTools as Content[];
const practices = (content: Content) => content.practices as Content;

const errorPaths = (content: unknown) => {
  validate(content);
  return (validate.errors ?? []).map((error) => error.instancePath);
};

describe("disclosureJsonSchema", () => {
  it("names itself by a stable, versioned URL on the site", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://scanaware.example.org/api/v1/schemas/disclosure-${DISCLOSURE_SCHEMA_VERSION}.json`);
    expect(schema.title).toContain(DISCLOSURE_SCHEMA_VERSION);
    expect(schema.description).toMatch(/not_applicable/);
    expect(schema.properties).toMatchObject({ schemaVersion: { const: DISCLOSURE_SCHEMA_VERSION } });
  });

  it("accepts the sample disclosure, as validateDisclosure does", () => {
    expect(validateDisclosure(sampleDisclosure).ok).toBe(true);
    expect(validate(sampleDisclosure), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts what a file may leave out or add, as validateDisclosure does", () => {
    const content = edit((c) => {
      delete tools(c)[1]!.note;
      c.generator = "our own export script";
    });
    expect(validateDisclosure(content).ok).toBe(true);
    expect(validate(content)).toBe(true);
  });

  const invalid: [string, Content, string][] = [
    ["a bad FDA number", edit((c) => (tools(c)[0]!.fdaNumber = { state: "answered", value: "510k-123" })), "/aiTools/0/fdaNumber"],
    ["an answer whose state is “maybe”", edit((c) => (practices(c).usesAi = { state: "maybe" })), "/practices/usesAi"],
    ["no practices", edit((c) => delete c.practices), ""],
    ["another format version", edit((c) => (c.schemaVersion = "0.9")), "/schemaVersion"],
    ["an answer with no value", edit((c) => (practices(c).usesAi = { state: "answered" })), "/practices/usesAi"],
    ["text that is only spaces", edit((c) => (tools(c)[0]!.productName = "   ")), "/aiTools/0/productName"],
    [
      "an ftp address",
      edit((c) => (practices(c).aiPolicyUrl = { state: "answered", value: "ftp://example.org/ai" })),
      "/practices/aiPolicyUrl",
    ],
    [
      "a day that does not exist",
      edit((c) => ((c.breaches as Content[])[0]!.breachDate = { state: "answered", value: "2023-02-30" })),
      "/breaches/0/breachDate",
    ],
    [
      "a modality not in the list",
      edit((c) => (tools(c)[0]!.modalities = { state: "answered", value: ["XRAY"] })),
      "/aiTools/0/modalities",
    ],
    [
      "a fractional head count",
      edit((c) => ((c.breaches as Content[])[0]!.individualsAffected = { state: "answered", value: 1.5 })),
      "/breaches/0/individualsAffected",
    ],
  ];

  it.each(invalid)("refuses %s, as validateDisclosure does", (_what, content, path) => {
    expect(validateDisclosure(content).ok).toBe(false);
    expect(validate(content)).toBe(false);
    expect(errorPaths(content).some((found) => found === path || found.startsWith(`${path}/`))).toBe(true);
  });

  it("asks for FDA numbers in their canonical form, which validateDisclosure would tidy", () => {
    const content = edit((c) => (tools(c)[0]!.fdaNumber = { state: "answered", value: " k213456 " }));
    expect(validateDisclosure(content).ok).toBe(true);
    expect(validate(content)).toBe(false);
  });
});
