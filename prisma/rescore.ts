// Scores the public versions that lack a score under the current rubric (lib/score/rubric.ts): run
// by `npm start` after a rubric version bump or a restore, in a child process like the seed.
import { closeDatabase } from "@/lib/db-handle";
import { rescoreMissing } from "@/lib/score/data";
import { RUBRIC_VERSION } from "@/lib/score/rubric";

const scored = await rescoreMissing();
console.log(`[rescore] ${scored} disclosure${scored === 1 ? "" : "s"} scored under rubric ${RUBRIC_VERSION}`);
await closeDatabase();
