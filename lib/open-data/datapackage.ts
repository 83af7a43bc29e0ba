import { allowedValuesText, type Column } from "./column";
import { DATASET_NAMES, DATASETS } from "./datasets";
import { DATA_LICENSE } from "./license";

// datapackage.json (Frictionless Data Package v1, tabular): every CSV file with its Table Schema,
// built from the same column catalogue as the files and the data dictionary.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function constraints(column: Column) {
  const result: { required?: boolean; enum?: string[]; pattern?: string } = {};
  if (column.required) result.required = true;
  const values = column.values ? Object.keys(column.values).map(escapeRegExp) : [];
  if (column.values && !column.list) result.enum = Object.keys(column.values);
  if (column.list && values.length) result.pattern = `((${values.join("|")})(;(${values.join("|")}))*)?`;
  return Object.keys(result).length ? { constraints: result } : {};
}

function field(column: Column) {
  const allowed = allowedValuesText(column);
  return {
    name: column.name,
    type: column.type,
    ...(column.type === "datetime" ? { format: "any" } : {}),
    description: allowed ? `${column.description} ${allowed}.` : column.description,
    ...constraints(column),
  };
}

const FACILITY_REFERENCE = { fields: "facility_id", reference: { resource: "facilities", fields: "facility_id" } };

export function dataPackage(appUrl: string) {
  const exports = `${appUrl}/api/v1/exports`;
  return {
    profile: "tabular-data-package",
    name: "scanaware",
    title: "ScanAware: how imaging facilities use AI on patients' scans",
    description:
      "The open registry's facilities, their published disclosures (current and every version) and the AI tools they list. Sample facilities are left out. Each file is also available as JSON and NDJSON at the same address with .json or .ndjson.",
    homepage: `${appUrl}/data`,
    licenses: [DATA_LICENSE],
    resources: DATASET_NAMES.map((name) => {
      const dataset = DATASETS[name];
      return {
        profile: "tabular-data-resource",
        name: dataset.name,
        title: dataset.title,
        description: dataset.description,
        path: `${exports}/${dataset.name}.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        licenses: [DATA_LICENSE],
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\n", header: true },
        schema: {
          fields: dataset.columns.map(field),
          primaryKey: dataset.primaryKey,
          ...(name === "facilities" ? {} : { foreignKeys: [FACILITY_REFERENCE] }),
          missingValues: [""],
        },
      };
    }),
  };
}
