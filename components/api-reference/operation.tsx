import { TypeName } from "@/components/api-reference/schema-table";
import { DataTable } from "@/components/ui/data-table";
import { InlineCode, Meaning } from "@/components/api-reference/inline-code";
import type { JsonSchema } from "@/lib/api/describe-schema";

export interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface Operation {
  summary: string;
  description: string;
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

/** One endpoint: what it does, its parameters and its answers. */
export function OperationSection({ path, operation }: { path: string; operation: Operation }) {
  return (
    <section aria-labelledby={operation.operationId} className="space-y-3 border-t border-line pt-6">
      <h3 id={operation.operationId} className="text-xl font-bold">
        {operation.summary}
      </h3>
      <p className="font-mono text-lg">
        <span className="font-bold">GET</span> /api/v1{path}
      </p>
      <p>
        <InlineCode text={operation.description} />
      </p>
      {operation.parameters?.length ? (
        <DataTable caption="Parameters" columns={["Name", "In", "Type", "Meaning"]} small>
          {operation.parameters.map((parameter) => (
            <tr key={parameter.name} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">
                {parameter.name}
                {parameter.required ? <span className="block font-sans text-sm">required</span> : null}
              </th>
              <td className="py-2 pr-4">{parameter.in}</td>
              <td className="py-2 pr-4">
                <TypeName schema={parameter.schema} />
              </td>
              <td className="py-2">
                <Meaning description={parameter.description ?? parameter.schema.description} schema={parameter.schema} />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <DataTable caption="Answers" columns={["Status", "Meaning", "Body"]} small>
        {Object.entries(operation.responses).map(([status, response]) => {
          const content = response.content ? Object.entries(response.content) : [];
          return (
            <tr key={status} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">
                {status}
              </th>
              <td className="py-2 pr-4">
                <InlineCode text={response.description} />
              </td>
              <td className="py-2">
                {content.map(([type, { schema }]) => (
                  <span key={type} className="block">
                    {type}: <TypeName schema={schema} />
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
