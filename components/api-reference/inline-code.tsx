import { constraintsText, type JsonSchema } from "@/lib/api/describe-schema";

/** A description from the OpenAPI document, with its `code` spans set as code. */
export function InlineCode({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, index) =>
    index % 2 ? (
      <code key={index} className="font-mono">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

/** What a field or parameter means, then the limits its value must keep. */
export function Meaning({ description, schema }: { description?: string; schema: JsonSchema }) {
  return <InlineCode text={[description, constraintsText(schema)].filter(Boolean).join(". ")} />;
}
