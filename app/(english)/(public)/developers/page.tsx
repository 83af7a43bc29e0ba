import type { Metadata } from "next";
import Link from "next/link";
import { InlineCode } from "@/components/api-reference/inline-code";
import { OperationSection, type Operation } from "@/components/api-reference/operation";
import { SchemaTable } from "@/components/api-reference/schema-table";
import { Section } from "@/components/ui/section";
import type { JsonSchema } from "@/lib/api/describe-schema";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "API reference" };

// Rendered from the OpenAPI document itself, on the server: no third-party viewer, no script,
// and it cannot disagree with the API.
export default function DevelopersPage() {
  const document = openApiDocument(env().APP_URL);
  const operations = Object.entries(document.paths ?? {}).map(([path, item]) => ({ path, operation: item.get as unknown as Operation }));
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, JsonSchema>).filter(
    ([, schema]) => schema.properties,
  );

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold">API reference</h1>
        <p className="text-xl">
          <InlineCode text={document.info.description ?? ""} />
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Base address: <code className="font-mono">{document.servers?.[0]?.url}</code>
          </li>
          <li>
            Machine-readable: <a href="/api/v1/openapi.json">the OpenAPI 3.1 document</a> (
            <code className="font-mono">/api/v1/openapi.json</code>)
          </li>
          <li>
            Disclosure format: <a href="/api/v1/schemas/disclosure-1.0.json">JSON Schema, version 1.0</a>
          </li>
          <li>
            Everything at once: <Link href="/data">the bulk files</Link>. Follow changes: <a href="/feeds/changes.atom">Atom feed</a>.
          </li>
        </ul>
        <p>
          Example:{" "}
          <code className="font-mono break-all">
            curl &apos;{document.servers?.[0]?.url}/facilities?near=60614&amp;radius=10&amp;onSiteOnly=true&apos;
          </code>
        </p>
      </header>
      <Section id="endpoints" title="Endpoints">
        {operations.map(({ path, operation }) => (
          <OperationSection key={path} path={path} operation={operation} />
        ))}
      </Section>
      <Section id="schemas" title="What the answers hold">
        {schemas.map(([name, schema]) => (
          <SchemaTable key={name} name={name} schema={schema} />
        ))}
      </Section>
    </div>
  );
}
