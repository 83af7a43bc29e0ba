import { connection } from "next/server";
import { PATIENT_QUESTIONS } from "@/components/facilities/questions-to-ask";
import { inputClass } from "@/components/ui/field";
import { countListedFacilities } from "@/lib/facilities/data";

const audiences = [
  { who: "Patients", what: "Find a facility near you, read its answers in plain language and compare. No account and no tracking." },
  { who: "Facilities", what: "Claim your listing and publish a signed, versioned disclosure of how you use AI." },
  { who: "Researchers and advocates", what: "Take all public data out through an open API and bulk exports, and follow every change." },
];

export default async function HomePage() {
  await connection();
  const facilityCount = await countListedFacilities();

  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="space-y-4">
        <h1 id="intro" className="text-4xl font-bold tracking-tight sm:text-5xl">
          Know how AI touches your scan before you book it
        </h1>
        <p className="max-w-3xl text-xl">
          Medical images are not anonymous. Faces can be reconstructed from head CT and MRI, file headers carry names and dates, and AI
          tools often send scans to a vendor&apos;s cloud. ScanAware collects what imaging centers and hospitals say about their AI, in one
          structured, versioned and open registry, so you can compare them.
        </p>
        <form action="/facilities" method="get" role="search" aria-label="Find a facility" className="flex max-w-2xl flex-col gap-2 pt-2">
          <label htmlFor="home-q" className="text-lg font-semibold">
            Find a facility by name, city or ZIP code
          </label>
          <div className="flex gap-2">
            <input id="home-q" name="q" type="search" className={inputClass} autoComplete="off" />
            <button type="submit" className="rounded-card bg-brand px-6 py-2 text-lg font-bold text-paper hover:bg-brand-dark">
              Search
            </button>
          </div>
        </form>
        <p className="text-xl" data-testid="facility-count">
          <strong className="text-3xl font-bold">{facilityCount.toLocaleString("en-US")}</strong>{" "}
          {facilityCount === 1 ? "facility is" : "facilities are"} in the registry.
        </p>
      </section>

      <section aria-labelledby="questions" className="space-y-4">
        <h2 id="questions" className="text-2xl font-bold">
          The questions ScanAware answers
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {PATIENT_QUESTIONS.map(({ topic, question }) => (
            <li key={topic}>{question}</li>
          ))}
        </ul>
        <p>Where a facility has not answered, we tell you what to ask it.</p>
      </section>

      <section aria-labelledby="audiences" className="space-y-4">
        <h2 id="audiences" className="text-2xl font-bold">
          Who it is for
        </h2>
        <dl className="grid gap-6 sm:grid-cols-3">
          {audiences.map(({ who, what }) => (
            <div key={who} className="rounded-card border border-line p-5">
              <dt className="font-bold">{who}</dt>
              <dd className="mt-2 text-base">{what}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
