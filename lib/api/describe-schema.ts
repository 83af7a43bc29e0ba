// Turns the OpenAPI document's JSON Schemas into words for the reference page.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
}

/** The component a reference points to ("#/components/schemas/Facility" → "Facility"). */
export const refName = (ref: string) => ref.split("/").at(-1)!;

/** "string", "array of Facility", "one of: a, b", "integer or null" … */
export function typeText(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeText))].join(" or ");
  if (schema.enum) return `one of: ${schema.enum.map(String).join(", ")}`;
  if (schema.const !== undefined) return `always ${String(schema.const)}`;
  if (schema.type === "array") return `array of ${schema.items ? typeText(schema.items) : "values"}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any JSON value");
  return schema.format ? `${type} (${schema.format})` : type;
}

/** Limits a value must keep, in words. */
export function constraintsText(schema: JsonSchema): string {
  return [
    schema.minimum !== undefined && schema.maximum !== undefined ? `${schema.minimum}–${schema.maximum}` : "",
    schema.maxLength !== undefined ? `at most ${schema.maxLength} characters` : "",
    schema.pattern ? `matches ${schema.pattern}` : "",
    schema.default !== undefined ? `default ${String(schema.default)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}
