/**
 * The pages a patient reads without an account, on the e2e database (CMS list + samples). Pages
 * marked `optional` may not exist yet in every checkout; a test skips them when they answer 404.
 */
export const PATIENT_PAGES = [
  { name: "home", path: "/" },
  { name: "search", path: "/facilities?near=36301&radius=25" },
  { name: "facility with a disclosure", path: "/facilities/sample-lakeside-open-mri" },
  { name: "facility without a disclosure", path: "/facilities/southeast-health-medical-center-dothan-al" },
  { name: "statistics", path: "/stats" },
  { name: "open data", path: "/data" },
  { name: "developers", path: "/developers" },
  { name: "compare", path: "/compare?f=sample-lakeside-open-mri&f=southeast-health-medical-center-dothan-al", optional: true },
  { name: "methodology", path: "/methodology", optional: true },
] as const;
