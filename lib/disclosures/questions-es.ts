import type { PatientQuestion, QuestionWords } from "./questions";

// The questions to ask a facility, in Spanish: the patient speaks to the staff ("ustedes").

const BREACHES_QUESTION: PatientQuestion = {
  topic: "Filtraciones de datos",
  question: "¿Ha habido filtraciones de datos con imágenes de pacientes en los últimos seis años?",
};

const AI_USE: PatientQuestion = { topic: "Uso de IA", question: "¿Se usa IA en mi estudio? ¿Para qué?" };

export const QUESTIONS_ES: QuestionWords = {
  general: [
    AI_USE,
    {
      topic: "Dónde se ejecuta",
      question: "¿La IA se ejecuta en el centro o en la nube? Si es en la nube, ¿de quién es y en qué país está?",
    },
    { topic: "Tiempo que se guardan", question: "¿Cuánto tiempo guardan mis imágenes e informes ustedes y los proveedores de IA?" },
    { topic: "Entrenamiento", question: "¿Ustedes o un proveedor usan mis imágenes o informes para entrenar o mejorar modelos de IA?" },
    {
      topic: "Negarse",
      question: "¿Puedo negarme a que usen IA o a que usen mis datos para entrenarla? ¿Cómo? ¿Cambia mi atención o lo que pago?",
    },
    { topic: "Política de privacidad", question: "¿Dónde está su política de privacidad? ¿Y su política sobre la IA?" },
    BREACHES_QUESTION,
  ],
  practice: {
    usesAi: AI_USE,
    patientsToldWhenAiUsed: { topic: "Uso de IA", question: "¿Me van a avisar si usaron IA en mi estudio?" },
    privacyPolicyUrls: { topic: "Política de privacidad", question: "¿Dónde puedo leer su política de privacidad?" },
    noticeOfPrivacyPracticesUrl: { topic: "Política de privacidad", question: "¿Dónde puedo leer su Aviso de prácticas de privacidad?" },
    aiPolicyUrl: { topic: "Política de privacidad", question: "¿Tienen una política sobre cómo usan la IA? ¿Dónde la puedo leer?" },
    privacyContact: { topic: "Política de privacidad", question: "¿A quién puedo contactar si tengo preguntas sobre mi privacidad?" },
    imageRetention: { topic: "Tiempo que se guardan", question: "¿Cuánto tiempo guardan mis imágenes?" },
    reportRetention: { topic: "Tiempo que se guardan", question: "¿Cuánto tiempo guardan mis informes?" },
    "sharing.research": {
      topic: "Compartir datos",
      question: "¿Comparten mis imágenes o informes para investigación? ¿Se podría saber que son míos?",
    },
    "sharing.productDevelopment": {
      topic: "Compartir datos",
      question: "¿Comparten mis imágenes o informes con empresas para crear sus productos?",
    },
    "sharing.aiTraining": { topic: "Entrenamiento", question: "¿Usan ustedes u otros mis imágenes o informes para entrenar IA?" },
    "sharing.recipients": { topic: "Compartir datos", question: "¿Quién recibe mis imágenes o informes cuando los comparten?" },
    "sharing.patientsAsked": { topic: "Compartir datos", question: "¿Me van a pedir permiso antes de compartir mis imágenes o informes?" },
    "optOut.offered": {
      topic: "Negarse",
      question: "¿Puedo negarme a que usen IA en mi estudio, o a que usen mis datos para entrenar IA?",
    },
    "optOut.how": { topic: "Negarse", question: "¿Cómo me niego?" },
    "optOut.contact": { topic: "Negarse", question: "¿A quién debo contactar para negarme?" },
    "optOut.formUrl": { topic: "Negarse", question: "¿Hay un formulario para negarme? ¿Dónde está?" },
    "optOut.covers": { topic: "Negarse", question: "¿Qué usos se detienen exactamente si me niego?" },
    "optOut.cost": { topic: "Negarse", question: "¿Cuesta algo negarme?" },
    "optOut.effectOnCare": { topic: "Negarse", question: "Si me niego, ¿cambia mi atención o el tiempo que tardan mis resultados?" },
    "deidentification.basicProfile": {
      topic: "Datos de identificación",
      question: "Antes de que salgan mis imágenes, ¿cómo quitan mi nombre, las fechas y otros datos que me identifican?",
    },
    "deidentification.options": {
      topic: "Datos de identificación",
      question: "Cuando quitan los datos de identificación de mis imágenes, ¿qué datos quitan y cuáles conservan?",
    },
    "deidentification.defacingTool": {
      topic: "Datos de identificación",
      question: "¿Quitan mi cara de los estudios de la cabeza antes de que salgan? ¿Con qué programa?",
    },
    breachesReported: BREACHES_QUESTION,
  },
  tool: {
    vendor: null,
    note: null,
    version: (tool) => `¿Qué versión de ${tool} usan?`,
    purposes: (tool) => `¿Qué hace ${tool} con mi estudio?`,
    modalities: (tool) => `¿En qué tipos de estudio usan ${tool}?`,
    bodyRegions: (tool) => `¿Qué partes del cuerpo revisa ${tool}?`,
    decisionRole: (tool) => `¿Una persona revisa lo que encuentra ${tool}, o decide por su cuenta?`,
    runsWhere: (tool) => `¿Dónde se ejecuta ${tool}: en sus propias computadoras o en una nube? ¿De quién es esa nube?`,
    region: (tool) => `¿En qué país o región procesa ${tool} mi estudio?`,
    dataLeaving: (tool) => `¿Qué envían fuera del centro para ${tool}: mis imágenes, imágenes sin mis datos o solo resultados?`,
    businessAssociateAgreement: (tool) =>
      `¿El fabricante de ${tool} tiene con ustedes un acuerdo de socio comercial (el contrato que pide la ley HIPAA)?`,
    vendorRetention: (tool) => `¿Cuánto tiempo guarda mis datos el fabricante de ${tool}?`,
    vendorTraining: (tool) => `¿Puede el fabricante de ${tool} usar mi estudio para entrenar o mejorar su IA?`,
    localValidation: (tool) => `¿Probaron ${tool} con pacientes de este centro antes de empezar a usarlo?`,
    fdaNumber: (tool) => `¿Está ${tool} autorizado o aprobado por la FDA?`,
    regulatoryStatus: (tool) => `¿Está ${tool} autorizado o aprobado por la FDA?`,
  },
  breachTopic: BREACHES_QUESTION.topic,
  breachDetails: {
    breachDate: "cuándo ocurrió",
    discoveryDate: "cuándo se descubrió",
    noticeDate: "cuándo avisaron a las personas",
    type: "qué tipo de filtración fue",
    individualsAffected: "cuántas personas fueron afectadas",
    businessAssociateInvolved: "si participó un proveedor",
    noticeUrl: "dónde está el aviso público",
    mitigation: "qué hicieron al respecto",
  },
  aboutBreach: (date, details) => `Sobre la filtración de datos${date ? ` del ${date}` : ""}: ¿me pueden decir ${details}?`,
  and: "y",
};
