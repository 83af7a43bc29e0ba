// Publishes one facility's disclosure again and again, as fast as the data layer allows, and
// prints a line after each publication: tests/faults/publish-crash.test.ts kills it with SIGKILL
// at a random moment and checks that the database holds whole publications only.
//
// node --import tsx --conditions=react-server tests/support/publish-loop.mts <facility id> <user id> <email>
import type { SignedIn } from "@/lib/auth/actor";
import { getDraft, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { sampleDisclosure } from "@/lib/disclosures/sample";

const [facilityId, userId, email] = process.argv.slice(2);
if (!facilityId || !userId || !email) {
  console.error("Usage: publish-loop.mts <facility id> <user id> <email>");
  process.exit(2);
}

// Loaded ahead of time, the loop starts on a line on stdin; the test holds stdin open, and if it
// dies without killing us, we stop rather than publish for ever.
process.stdin.on("end", () => process.exit(3));
await new Promise((resolve) => process.stdin.once("data", resolve));

const actor: SignedIn = { id: userId, email, name: "Casey Crash", role: "USER", emailVerified: true };
const { schemaVersion, ...answers } = sampleDisclosure;
const attestation = { attesterName: "Casey Crash", attesterTitle: "Privacy Officer", correction: false };
const IP = "127.0.0.1";

// A restart carries on from whatever the draft holds now: a save without its publication, or none.
for (let counter = (await getDraft(actor, facilityId)).revision; ; counter++) {
  const draft = await getDraft(actor, facilityId);
  const practices = { ...answers.practices, imageRetention: { state: "answered" as const, value: { years: counter % 101 } } };
  const saved = await saveDraft(actor, facilityId, draft.revision, { ...answers, practices }, IP);
  const number = await publishDraft(actor, facilityId, saved, attestation, IP);
  process.stdout.write(`published ${number}\n`);
}
