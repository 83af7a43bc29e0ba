// Seeds an empty database: run by `npm start` on first start, or by `npx prisma db seed`.
// The real CMS hospital list (public domain, shipped in prisma/data/), and the sample facilities
// with a sample disclosure each.
import path from "node:path";
import { closeDatabase } from "@/lib/db-handle";
import { publishSampleDisclosures } from "@/lib/disclosures/data-samples";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { createSampleFacilities } from "@/lib/facilities/data";
import { sampleFacilities } from "@/lib/facilities/samples";

const report = await importCmsFile(path.join(import.meta.dirname, "data", "cms-hospital-general-information.csv"));
console.log(`[seed] ${report.inserted} CMS hospitals imported, ${report.skipped.length} rows skipped`);
const created = await createSampleFacilities(sampleFacilities);
console.log(`[seed] ${created} sample facilities added`);
const disclosed = await publishSampleDisclosures(sampleDisclosure);
console.log(`[seed] ${disclosed} sample disclosures published`);
await closeDatabase();
