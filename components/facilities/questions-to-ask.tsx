import type { PatientQuestion } from "@/lib/disclosures/questions";

// The home page still imports the general list from here; it lives with the other questions now.
export { PATIENT_QUESTIONS } from "@/lib/disclosures/questions";

/** Questions a patient can put to the facility, numbered so they can be ticked off on a printout. */
export function QuestionsToAsk({
  heading,
  questions,
  intro,
}: {
  heading: string;
  questions: readonly PatientQuestion[];
  intro?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <h2 id="questions-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <ol className="list-decimal space-y-2 pl-6">
        {questions.map(({ topic, question }) => (
          <li key={question}>
            <span className="font-semibold">{topic}:</span> {question}
          </li>
        ))}
      </ol>
    </section>
  );
}
