// Seeds an empty database: run by `npm start` on first start, or by `npx prisma db seed`.
import { closeDatabase } from "@/lib/db-handle";
import { createSampleFacilities } from "@/lib/facilities/data";
import { sampleFacilities } from "@/lib/facilities/samples";

const created = await createSampleFacilities(sampleFacilities);
console.log(`[seed] ${created} sample facilities added`);
await closeDatabase();
