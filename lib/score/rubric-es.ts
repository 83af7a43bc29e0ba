import type { RubricTexts } from "./rubric";

// The rubric in Spanish, for the methodology page and the score card on /es pages. A new item,
// rubric version or graded question in ./rubric.ts fails the type check until it has its words here.

export const RUBRIC_TEXT_ES: RubricTexts = {
  items: {
    "uses-ai": { title: "Si usa IA en las imágenes", earns: "Decir sí o no." },
    "privacy-policy": {
      title: "Política de privacidad",
      earns: "Un enlace a la política de privacidad (2 puntos) y al aviso de prácticas de privacidad de HIPAA (1 punto).",
    },
    retention: {
      title: "Cuánto tiempo se guardan las imágenes y los informes",
      earns: "Un número de años, o “indefinidamente”, para las imágenes (1 punto) y para los informes (1 punto).",
    },
    "training-sharing": {
      title: "Compartir imágenes para entrenar IA",
      earns: "Decir si se comparten imágenes para entrenar IA, y si es con o sin los datos que identifican al paciente.",
    },
    "other-sharing": {
      title: "Otros usos compartidos, con quién, y si se pregunta a los pacientes",
      earns:
        "Decir si se comparten imágenes para investigación (1 punto) y para crear productos (1 punto). Si se comparten, decir qué tipos de destinatarios las reciben (1 punto) y si se pregunta a los pacientes (1 punto).",
    },
    "opt-out": {
      title: "Cómo negarse",
      earns:
        "Decir si los pacientes pueden negarse (1 punto). Si pueden: cómo hacerlo (1 punto), a quién contactar o la dirección de un formulario (1 punto), y qué cubre la negativa (1 punto).",
    },
    deidentification: {
      title: "Quitar los datos que identifican al paciente",
      earns:
        "Decir si se usa el perfil básico de DICOM para quitar los datos que identifican al paciente (1 punto) y qué opciones se aplican (1 punto).",
    },
    "patients-told": {
      title: "Avisar a los pacientes cuando se usa IA",
      earns: "Decir si se avisa a los pacientes cuando se usa IA en sus imágenes.",
    },
    "privacy-contact": {
      title: "Un contacto para preguntas de privacidad",
      earns: "Dar el nombre de alguien a quien los pacientes puedan preguntar.",
    },
    breaches: {
      title: "Filtraciones de datos de imágenes",
      earns: "Decir si se informaron filtraciones en los últimos 6 años (2 puntos). Si las hubo, dar la lista (1 punto).",
    },
    "tool-runs-where": {
      title: "Dónde funciona cada herramienta de IA",
      earns: "Decir si funciona en el centro, en la nube del centro, en la nube del proveedor, o en parte en cada lugar.",
    },
    "tool-region": {
      title: "En qué lugar del mundo, cuando una herramienta funciona en la nube",
      earns: "El país o la región de la nube (no cuenta para las herramientas que funcionan en el centro).",
    },
    "tool-data-leaving": {
      title: "Qué datos salen del centro",
      earns:
        "Decir qué sale: imágenes completas, imágenes sin datos que identifiquen al paciente, solo los encabezados, solo los resultados, o nada.",
    },
    "tool-vendor-training": {
      title: "Si el proveedor entrena su IA con las imágenes de los pacientes",
      earns: "Decir si el proveedor entrena su IA con ellas: no; solo si el centro lo acepta; sí, salvo que el centro se niegue; o sí.",
    },
    "tool-regulatory": {
      title: "Autorización de la FDA o situación regulatoria",
      earns:
        "El número de la FDA (2 puntos). Si la herramienta no tiene número de la FDA (no corresponde), su situación regulatoria en palabras gana los 2 puntos. Si el número es desconocido o el centro se negó a darlo, la situación en palabras gana 1 punto.",
    },
    "tool-local-validation": {
      title: "Si se probó con los pacientes del propio centro",
      earns: "Decir si la herramienta se probó en el centro antes de usarla (validación local).",
    },
  },
  changes: { "1.0": "Primera versión." },
  why: {
    parts: {
      usesAi: "Si usa IA",
      privacyPolicy: "Política de privacidad",
      noticeOfPrivacyPractices: "Aviso de prácticas de privacidad",
      imageRetention: "Cuánto tiempo se guardan las imágenes",
      reportRetention: "Cuánto tiempo se guardan los informes",
      aiTrainingSharing: "Compartir para entrenar IA",
      researchSharing: "Compartir para investigación",
      productDevelopmentSharing: "Compartir para crear productos",
      recipients: "Con quién se comparten",
      patientsAsked: "Si se pregunta a los pacientes",
      optOutOffered: "Si los pacientes pueden negarse",
      optOutHow: "Cómo negarse",
      optOutForm: "Formulario para negarse",
      optOutContact: "A quién contactar para negarse",
      optOutCovers: "Qué cubre la negativa",
      basicProfile: "Perfil básico para quitar los datos que identifican al paciente",
      deidentificationOptions: "Opciones para quitar los datos que identifican al paciente",
      patientsTold: "Si se avisa a los pacientes",
      privacyContact: "Contacto para preguntas de privacidad",
      breachesReported: "Si se informaron filtraciones",
      breachesListed: "Lista de filtraciones",
      runsWhere: "Dónde funciona",
      region: "País o región",
      dataLeaving: "Qué datos salen del centro",
      vendorTraining: "Si el proveedor entrena su IA con las imágenes",
      fdaNumber: "Número de la FDA",
      regulatoryStatus: "Situación regulatoria",
      localValidation: "Si se probó con los pacientes del centro",
    },
    notes: {
      noSharing: "no se comparten imágenes, así que no hay a quién nombrar ni a quién preguntar",
      noOptOut: "los pacientes no pueden negarse, así que no hay nada más que describir",
      noBreach: "no se informó ninguna filtración, así que no hay ninguna que nombrar",
      onSite: "funciona en el centro",
      noLink: "no se dio ningún enlace",
      noneListed: "no se nombró ninguna",
    },
    // "Con respuesta" rather than "respondido": it fits every question's name, whatever its gender.
    answered: "con respuesta",
    unanswered: {
      unknown: "desconocido (no gana puntos)",
      declined: "se negó a responder (no gana puntos)",
      not_applicable: "no corresponde (no se cuenta)",
    },
    missing: "no informado en esta versión (no gana puntos)",
    noAi: "El centro dice que no usa IA en las imágenes, así que no hay herramientas de IA que describir.",
    aiWithoutTools: "El centro dice que usa IA, pero no nombra ninguna herramienta de IA (no gana puntos).",
    noTools: "El centro no nombra ninguna herramienta de IA ni dice si usa IA (no gana puntos).",
    unnamedTool: (number) => `Herramienta de IA ${number}`,
    averaged: (tools) => `Es el promedio de ${tools} herramientas de IA.`,
  },
};
