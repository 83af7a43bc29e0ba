import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const SHIPPED_CMS_FILE = path.resolve("prisma/data/cms-hospital-general-information.csv");

const CURRENT_HEADER = [
  "Facility ID",
  "Facility Name",
  "Address",
  "City/Town",
  "State",
  "ZIP Code",
  "County/Parish",
  "Telephone Number",
  "Hospital Type",
  "Hospital Ownership",
];

/** Writes a small CMS-shaped CSV and returns its path. */
export function writeCmsFile(rows: string[][], header: string[] = CURRENT_HEADER): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cms-")), "hospitals.csv");
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  fs.writeFileSync(file, [header, ...rows].map((row) => row.map(quote).join(",")).join("\n") + "\n");
  return file;
}

/** A real row of the CMS file, as the file has it (ID without its leading zero, capitals). */
export const DOTHAN_ROW = [
  "10001",
  "SOUTHEAST HEALTH MEDICAL CENTER",
  "1108 ROSS CLARK CIRCLE",
  "DOTHAN",
  "AL",
  "36301",
  "HOUSTON",
  "(334) 793-8701",
  "Acute Care Hospitals",
  "Government - Hospital District or Authority",
];
