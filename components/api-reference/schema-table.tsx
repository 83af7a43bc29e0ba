import { DataTable } from "@/components/ui/data-table";
import { InlineCode, Meaning } from "@/components/api-reference/inline-code";
import { refName, typeText, type JsonSchema } from "@/lib/api/describe-schema";

/** A type, linking to the schema it names; an object written in place lists its fields. */
export function TypeName({ schema }: { schema: JsonSchema }) {
  if (schema.properties && !schema.$ref) {
    return (
      <>
        {"{ "}
        {Object.entries(schema.properties).map(([field, property], index) => (
          <span key={field}>
            {index ? ", " : null}
            <code className="font-mono">{field}</code>: <TypeName schema={property} />
          </span>
        ))}
        {" }"}
      </>
    );
  }
  const text = typeText(schema);
  const target = schema.$ref ?? schema.items?.$ref;
  return target ? (
    <a href={`#schema-${refName(target)}`} className="underline">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

/** An object schema's fields: name, type, required, meaning. */
export function SchemaTable({ name, schema }: { name: string; schema: JsonSchema }) {
  const required = new Set(schema.required ?? []);
  return (
    <section aria-labelledby={`schema-${name}`} className="space-y-2">
      <h3 id={`schema-${name}`} className="text-xl font-bold">
        {name}
      </h3>
      {schema.description ? (
        <p>
          <InlineCode text={schema.description} />
        </p>
      ) : null}
      <DataTable columns={["Field", "Type", "Meaning"]} small>
        {Object.entries(schema.properties ?? {}).map(([field, property]) => (
          <tr key={field} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 font-mono font-normal">
              {field}
              {required.has(field) ? null : <span className="block font-sans text-sm">optional</span>}
            </th>
            <td className="py-2 pr-4">
              <TypeName schema={property} />
            </td>
            <td className="py-2">
              <Meaning description={property.description} schema={property} />
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
