import type pg from "pg";
import zipcodes from "zipcodes";
import { facilitySearchText, slugify } from "@/lib/facilities/search-text";

// Realistic made-up facilities for benchmarks: names built like real ones, placed at real ZIP
// codes across the US. Deterministic, so every run measures the same data.

const SAINTS = [
  "St. Mary's",
  "St. Joseph",
  "St. Luke's",
  "St. Vincent",
  "St. Francis",
  "Mercy",
  "Good Samaritan",
  "Sacred Heart",
  "Holy Cross",
  "Providence",
  "Trinity",
  "Baptist",
  "Methodist",
  "Presbyterian",
  "Advent",
];
const SURNAMES = [
  "Johnson",
  "Williams",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernández",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Pérez",
  "Thompson",
  "White",
  "Harris",
  "Clark",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
];
const HOSPITALS = [
  "Hospital",
  "Medical Center",
  "Regional Medical Center",
  "Memorial Hospital",
  "Community Hospital",
  "General Hospital",
  "Health Center",
  "University Hospital",
  "Children's Hospital",
];
const IMAGING = [
  "Imaging Center",
  "Open MRI",
  "Diagnostic Imaging",
  "Radiology Associates",
  "MRI & CT Center",
  "Imaging and Breast Center",
  "Advanced Imaging",
  "Outpatient Imaging",
];
const BRANDS = [
  "Summit",
  "Valley",
  "Lakeside",
  "Riverbend",
  "Pinecrest",
  "Northfield",
  "Bayview",
  "Cedar",
  "Harbor",
  "Prairie",
  "Mountain View",
  "Coastal",
  "Heartland",
  "Sunrise",
  "Evergreen",
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function fillSyntheticFacilities(client: pg.Client, count: number): Promise<void> {
  const rand = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const places = Object.values(
    (
      zipcodes as unknown as {
        codes: Record<string, { zip: string; city: string; state: string; latitude: number; longitude: number; country: string }>;
      }
    ).codes,
  ).filter((code) => code.country === "US" && /^\d{5}$/.test(code.zip));
  const chunk = 5_000;
  for (let start = 0; start < count; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, count - start) }, (_, offset) => {
      const place = pick(places);
      const roll = rand();
      const kind = roll < 0.6 ? "HOSPITAL" : roll < 0.9 ? "IMAGING_CENTER" : roll < 0.95 ? "MOBILE_UNIT" : "OTHER";
      const style = rand();
      const name =
        kind === "HOSPITAL"
          ? style < 0.4
            ? `${pick(SAINTS)} ${pick(HOSPITALS)}`
            : style < 0.7
              ? `${place.city} ${pick(HOSPITALS)}`
              : `${pick(SURNAMES)} ${pick(HOSPITALS)}`
          : kind === "MOBILE_UNIT"
            ? `${pick(BRANDS)} Mobile MRI`
            : style < 0.5
              ? `${pick(BRANDS)} ${pick(IMAGING)}`
              : `${place.city} ${pick(IMAGING)}`;
      return {
        slug: `${slugify(`${name} ${place.city} ${place.state}`)}-${start + offset}`,
        name,
        kind,
        city: place.city,
        state: place.state,
        zip: place.zip,
        latitude: place.latitude,
        longitude: place.longitude,
        disclosedAt: rand() < 0.2 ? new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 300) * 86_400_000) : null,
      };
    });
    await client.query(
      `INSERT INTO facility (id, slug, name, kind, city, state, zip, latitude, longitude, location_precision, source, search_text, disclosed_at, updated_at)
       SELECT gen_random_uuid(), slug, name, kind::"FacilityKind", city, state, zip, lat, lng, 'ZIP_CENTROID', 'MODERATOR', search_text, disclosed_at, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::timestamptz[])
         AS t(slug, name, kind, city, state, zip, lat, lng, search_text, disclosed_at)`,
      [
        rows.map((r) => r.slug),
        rows.map((r) => r.name),
        rows.map((r) => r.kind),
        rows.map((r) => r.city),
        rows.map((r) => r.state),
        rows.map((r) => r.zip),
        rows.map((r) => r.latitude),
        rows.map((r) => r.longitude),
        rows.map((r) => facilitySearchText(r)),
        rows.map((r) => r.disclosedAt),
      ],
    );
  }
  await client.query("VACUUM ANALYZE facility");
}
