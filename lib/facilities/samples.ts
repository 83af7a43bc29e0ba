import type { FacilityInput } from "./schema";

export type SampleFacility = FacilityInput & { slug: string };

// Fictional imaging centers that show what a complete registry looks like. They are flagged
// `isSample`, carry a visible "sample" badge, and are left out of exports and statistics.
// Their ZIP codes are real so that distance search can be tried with them; their names are not.
export const sampleFacilities: SampleFacility[] = [
  {
    slug: "sample-lakeside-open-mri",
    name: "Lakeside Open MRI (sample)",
    kind: "IMAGING_CENTER",
    address: "100 Example Way",
    city: "Madison",
    state: "WI",
    zip: "53703",
  },
  {
    slug: "sample-riverbend-imaging-center",
    name: "Riverbend Imaging Center (sample)",
    kind: "IMAGING_CENTER",
    address: "200 Example Avenue",
    city: "Austin",
    state: "TX",
    zip: "78701",
  },
  {
    slug: "sample-northfield-mobile-mri",
    name: "Northfield Mobile MRI Unit (sample)",
    kind: "MOBILE_UNIT",
    city: "Portland",
    state: "OR",
    zip: "97205",
  },
];
