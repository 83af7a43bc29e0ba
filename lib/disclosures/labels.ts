import type { AiTool, Breach, Practices } from "./schema";
import {
  BODY_REGIONS,
  BREACH_TYPES,
  DATA_LEAVING,
  DECISION_ROLES,
  DEID_OPTIONS,
  MODALITIES,
  OPT_OUT_COVERS,
  PURPOSES,
  RECIPIENTS,
  RUNS_WHERE,
  SHARING_LEVELS,
  VENDOR_TRAINING,
} from "./schema";

// The words of the disclosure: each question's label, plain-language help and an example, shown
// next to the field in the form and reused on the public page, in diffs and in the data dictionary.
// English is the source; other languages (labels-es.ts) give the same keys, checked by these types.

export interface QuestionText {
  label: string;
  help: string;
  example: string;
}

type Options<T extends readonly string[]> = Record<T[number], string>;

export const OPTION_LABELS = {
  modalities: {
    CT: "CT",
    MR: "MRI",
    XR: "X-ray",
    MG: "Mammography",
    US: "Ultrasound",
    PET: "PET",
    NM: "Nuclear medicine",
    FL: "Fluoroscopy",
    OTHER: "Other",
  } satisfies Options<typeof MODALITIES>,
  bodyRegions: {
    head: "Head and brain",
    neck: "Neck",
    chest: "Chest and lungs",
    breast: "Breast",
    heart: "Heart",
    abdomen: "Abdomen",
    pelvis: "Pelvis",
    spine: "Spine",
    musculoskeletal: "Bones and joints",
    whole_body: "Whole body",
    other: "Other",
  } satisfies Options<typeof BODY_REGIONS>,
  purposes: {
    triage: "Triage: flags urgent scans to read first",
    detection: "Detection: points out possible findings",
    measurement: "Measurement: sizes, volumes, scores",
    reconstruction: "Image reconstruction or noise reduction",
    report_drafting: "Drafting the radiologist's report",
    operations: "Scheduling and operations",
    other: "Other",
  } satisfies Options<typeof PURPOSES>,
  decisionRole: {
    informs: "Informs: a person decides, with the AI's output as one input",
    augments: "Augments: the AI's output is part of what a person reviews and signs",
    automates: "Automates: the AI completes a step without a person checking each case",
  } satisfies Options<typeof DECISION_ROLES>,
  runsWhere: {
    on_site: "On-site, on the facility's own computers",
    facility_cloud: "In the facility's own cloud account",
    vendor_cloud: "In the vendor's cloud",
    hybrid: "Partly on-site, partly in a cloud",
  } satisfies Options<typeof RUNS_WHERE>,
  dataLeaving: {
    full_images: "Full images, with identifying details",
    deidentified_images: "De-identified images",
    headers_only: "Image headers only (no pictures)",
    derived_results: "Only results (measurements, scores)",
    nothing: "Nothing leaves the facility",
  } satisfies Options<typeof DATA_LEAVING>,
  vendorTraining: {
    no: "No, never",
    opt_in: "Only if the facility opts in",
    opt_out: "Yes, unless the facility opts out",
    yes: "Yes",
  } satisfies Options<typeof VENDOR_TRAINING>,
  sharingLevel: {
    identifiable: "Yes, in a form that can identify the patient",
    deidentified: "Yes, de-identified",
    none: "No, not shared",
  } satisfies Options<typeof SHARING_LEVELS>,
  recipients: {
    academic_researchers: "Academic researchers",
    ai_vendors: "AI vendors",
    other_companies: "Other companies",
    affiliated_organizations: "Affiliated hospitals or health systems",
    government: "Government agencies",
    other: "Others",
  } satisfies Options<typeof RECIPIENTS>,
  optOutCovers: {
    ai_processing: "AI being used on the patient's scans",
    training: "Use of the patient's data to train AI",
    research_sharing: "Sharing for research",
  } satisfies Options<typeof OPT_OUT_COVERS>,
  deidOptions: {
    clean_pixel_data: "Clean pixel data (burned-in text removed from the image)",
    clean_recognizable_visual_features: "Clean recognizable visual features (faces removed from head CT/MRI)",
    clean_graphics: "Clean graphics (overlays, annotations)",
    clean_structured_content: "Clean structured content (structured reports)",
    clean_descriptors: "Clean descriptors (free-text fields)",
    retain_longitudinal_temporal_information: "Retain dates (longitudinal temporal information)",
    retain_patient_characteristics: "Retain patient characteristics (age, sex, size)",
    retain_device_identity: "Retain device identity",
    retain_institution_identity: "Retain institution identity",
    retain_uids: "Retain unique identifiers (UIDs)",
  } satisfies Options<typeof DEID_OPTIONS>,
  breachType: {
    hacking: "Hacking or IT incident",
    unauthorized_access: "Unauthorized access or disclosure",
    theft: "Theft",
    loss: "Loss",
    improper_disposal: "Improper disposal",
    other: "Other",
  } satisfies Options<typeof BREACH_TYPES>,
} as const;

/** The label of every option of every choice question, as each language must give them. */
export type OptionLabels = { [Q in keyof typeof OPTION_LABELS]: Record<keyof (typeof OPTION_LABELS)[Q], string> };

/** The words of answers that are not a choice of options. */
export const ANSWER_WORDS = {
  yes: "Yes",
  no: "No",
  none: "None",
  keptIndefinitely: "Kept indefinitely",
  notKept: "Not kept",
  years: (years: number) => `${years} ${years === 1 ? "year" : "years"}`,
};

/** The parts of a disclosure, as headings on the facility page and in the list of changes. */
export const SECTION_TITLES = {
  general: "AI use and privacy policies",
  retention: "How long records are kept",
  sharing: "Sharing",
  "opt-out": "Opting out",
  deidentification: "Removing identifying details",
  aiTools: "AI tools",
  breaches: "Data breaches",
};

/** How one AI tool or one breach is named where it stands for itself. */
export const ITEM_TITLES = {
  tool: (name: string) => `AI tool “${name}”`,
  toolBy: (name: string, vendor: string) => `${name}, by ${vendor}`,
  breachOf: (date: string) => `Breach of ${date}`,
  undatedBreach: (number: number) => `Breach ${number} (date not given)`,
};

type Texts<T> = { [K in keyof T]: QuestionText };

export const PRACTICE_TEXT: Texts<Omit<Practices, "sharing" | "optOut" | "deidentification">> = {
  usesAi: {
    label: "Does the facility use AI on patients' images?",
    help: "Any software that uses machine learning on scans or reports, including tools built into scanners.",
    example: "Yes",
  },
  privacyPolicyUrls: {
    label: "Privacy policies (up to 3 web addresses)",
    help: "The pages where patients can read how the facility handles their information.",
    example: "https://www.example-hospital.org/privacy",
  },
  noticeOfPrivacyPracticesUrl: {
    label: "Notice of Privacy Practices",
    help: "The HIPAA notice every covered facility must give patients.",
    example: "https://www.example-hospital.org/hipaa-notice.pdf",
  },
  aiPolicyUrl: {
    label: "AI policy",
    help: "A page that explains how the facility governs its use of AI, if there is one.",
    example: "https://www.example-hospital.org/ai",
  },
  imageRetention: {
    label: "How long are images kept?",
    help: "The facility's retention period for the images themselves, in years.",
    example: "7 years",
  },
  reportRetention: {
    label: "How long are reports kept?",
    help: "The retention period for the radiologist's reports, in years.",
    example: "10 years",
  },
  patientsToldWhenAiUsed: {
    label: "Are patients told when AI was used on their scan?",
    help: "For example in the report, in the patient portal, or by the care team.",
    example: "Yes, the report says which AI tool was used",
  },
  privacyContact: {
    label: "Contact for privacy questions",
    help: "A person, office, email address or phone number patients can reach.",
    example: "Privacy Office, privacy@example-hospital.org, (555) 201-3344",
  },
};

export const SHARING_TEXT: Texts<Practices["sharing"]> = {
  research: {
    label: "Are images or reports shared for research?",
    help: "Outside the facility, for studies. De-identified means names, dates and other identifiers are removed first.",
    example: "Yes, de-identified",
  },
  productDevelopment: {
    label: "Are they shared for product development?",
    help: "With companies building or improving products, other than training AI.",
    example: "No, not shared",
  },
  aiTraining: {
    label: "Are they shared to train AI?",
    help: "Given to anyone (the facility itself included) to train or improve AI models.",
    example: "Yes, de-identified",
  },
  recipients: {
    label: "With whom?",
    help: "Every kind of recipient that receives images or reports for these purposes.",
    example: "Academic researchers, AI vendors",
  },
  patientsAsked: {
    label: "Are patients asked before their data is shared?",
    help: "Whether each patient is asked for permission first.",
    example: "No",
  },
};

export const OPT_OUT_TEXT: Texts<Practices["optOut"]> = {
  offered: { label: "Can patients opt out?", help: "Whether a patient can say no to some of these uses.", example: "Yes" },
  how: {
    label: "How does a patient opt out?",
    help: "The steps, in plain words, as a patient would follow them.",
    example: "Tell the front desk at check-in, or fill in the form online before your visit.",
  },
  contact: {
    label: "Whom to contact to opt out",
    help: "An office, email address or phone number.",
    example: "Radiology front desk, (555) 201-3300",
  },
  formUrl: {
    label: "Opt-out form",
    help: "A web address of the form, if there is one.",
    example: "https://www.example-hospital.org/ai-opt-out",
  },
  covers: { label: "What does opting out cover?", help: "Every use the opt-out stops.", example: "Use of the patient's data to train AI" },
  cost: { label: "Does opting out cost anything?", help: "Any fee or extra charge.", example: "Free" },
  effectOnCare: {
    label: "What changes for the patient's care?",
    help: "For example whether the scan is read without the AI tool and whether results take longer.",
    example: "Nothing: a radiologist reads every scan either way.",
  },
};

export const DEIDENTIFICATION_TEXT: Texts<Practices["deidentification"]> = {
  basicProfile: {
    label: "Is data de-identified to DICOM's Basic Application Level Confidentiality Profile before it leaves?",
    help: "DICOM PS3.15 Annex E: the standard way of removing names, dates and identifiers from image files.",
    example: "Yes",
  },
  options: {
    label: "Which profile options are applied?",
    help: "Options that remove more (clean) or keep some details (retain).",
    example: "Clean recognizable visual features",
  },
  defacingTool: {
    label: "Defacing tool",
    help: "The software that removes faces from head CT and MRI before images leave, if any.",
    example: "mri_deface 1.22",
  },
};

export const AI_TOOL_TEXT: Texts<AiTool> = {
  productName: { label: "Product name", help: "As the vendor names it.", example: "ChestView Triage" },
  version: { label: "Version", help: "The version in use, if known.", example: "3.2" },
  vendor: { label: "Vendor", help: "The company that makes it.", example: "Example Imaging AI, Inc." },
  fdaNumber: {
    label: "FDA submission number",
    help: "From the FDA's database: K followed by 6 digits for a 510(k), DEN for De Novo, P for premarket approval.",
    example: "K213456",
  },
  regulatoryStatus: {
    label: "Regulatory status",
    help: "If it has no FDA number: for example cleared elsewhere, research use only, or not a medical device.",
    example: "Not a medical device (scheduling software)",
  },
  modalities: { label: "Kinds of scan", help: "Every kind of scan it is used on.", example: "CT, X-ray" },
  bodyRegions: { label: "Parts of the body", help: "Every part of the body it looks at.", example: "Chest and lungs" },
  purposes: { label: "What it does", help: "Every purpose it is used for.", example: "Triage: flags urgent scans to read first" },
  decisionRole: {
    label: "Its role in decisions",
    help: "How much the tool's output decides, compared with the people who read the scan.",
    example: "Informs: a person decides, with the AI's output as one input",
  },
  runsWhere: { label: "Where it runs", help: "Where the computers that run the AI are.", example: "In the vendor's cloud" },
  region: {
    label: "Country or region where it runs",
    help: "Where the data is processed, for cloud tools: a country, or a region such as a US state.",
    example: "United States (Virginia)",
  },
  dataLeaving: {
    label: "What leaves the facility",
    help: "What is sent out of the facility for this tool.",
    example: "De-identified images",
  },
  businessAssociateAgreement: {
    label: "Is there a business associate agreement with the vendor?",
    help: "The HIPAA contract that binds a vendor handling patients' information.",
    example: "Yes",
  },
  vendorRetention: { label: "How long the vendor keeps data", help: "As the contract says.", example: "Deleted within 30 days" },
  vendorTraining: {
    label: "May the vendor use the data to train or improve its models?",
    help: "As the contract with the vendor says.",
    example: "No, never",
  },
  localValidation: {
    label: "Was it tested on this facility's own patients before use?",
    help: "A local validation checks that the tool works as well on this facility's scans and patients.",
    example: "Yes",
  },
  note: {
    label: "A note for patients",
    help: "Anything else a patient should know about this tool, in plain words.",
    example: "Every scan is still read by a radiologist.",
  },
};

export const BREACH_TEXT: Texts<Breach> = {
  breachDate: { label: "When it happened", help: "The date of the breach (YYYY-MM-DD).", example: "2024-03-02" },
  discoveryDate: { label: "When it was discovered", help: "The date the facility found out.", example: "2024-03-20" },
  noticeDate: { label: "When people were told", help: "The date of the notice to affected people.", example: "2024-05-15" },
  individualsAffected: { label: "People affected", help: "How many individuals, as reported.", example: "1200" },
  type: {
    label: "Kind of breach",
    help: "As reported to the US Department of Health and Human Services.",
    example: "Hacking or IT incident",
  },
  businessAssociateInvolved: {
    label: "Was a business associate (vendor) involved?",
    help: "Whether it happened at a company working for the facility.",
    example: "Yes",
  },
  noticeUrl: { label: "Public notice", help: "The web address of the public notice.", example: "https://www.example-hospital.org/notice" },
  mitigation: {
    label: "What was done",
    help: "What the facility did about it, in plain words.",
    example: "Passwords reset; the vendor was replaced.",
  },
};

export const BREACHES_REPORTED_TEXT: QuestionText = {
  label: "Any reportable breaches involving imaging data in the last 6 years?",
  help: "Breaches the facility reported under HIPAA that involved images or imaging reports.",
  example: "No",
};
