// The questions a patient can put to a facility that has not answered them on ScanAware.
export const PATIENT_QUESTIONS = [
  { topic: "AI use", question: "Is AI used on my scan, and for what?" },
  { topic: "Where it runs", question: "Does the AI run on-site or in the cloud — and if in the cloud, whose, and in which country?" },
  { topic: "Retention", question: "How long do you and any AI vendor keep my images and reports?" },
  { topic: "Training", question: "Are my images or reports used to train or improve AI models, by you or a vendor?" },
  { topic: "Opting out", question: "Can I opt out of AI processing or of training use, and how? Does it change my care or cost?" },
  { topic: "Privacy policy", question: "Where is your privacy policy, and your policy on AI?" },
  { topic: "Breaches", question: "Have there been any data breaches involving patients' images in the last six years?" },
] as const;

export function QuestionsToAsk({ heading }: { heading: string }) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <h2 id="questions-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {PATIENT_QUESTIONS.map(({ topic, question }) => (
          <li key={topic}>
            <span className="font-semibold">{topic}:</span> {question}
          </li>
        ))}
      </ol>
    </section>
  );
}
