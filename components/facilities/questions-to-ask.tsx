import { FacilityWords } from "@/components/disclosures/facility-words";
import type { PatientQuestion } from "@/lib/disclosures/questions";

/** A question about one of the facility's AI tools: its name stays as the facility wrote it. */
function Question({ text, tool }: { text: string; tool?: string }) {
  if (!tool) return text;
  return text.split(tool).flatMap((part, index) =>
    index
      ? [
          <span key={index} lang="en">
            {tool}
          </span>,
          part,
        ]
      : [part],
  );
}

/** Questions a patient can put to the facility, numbered so they can be ticked off on a printout.
 * `tools` are the names of the facility's AI tools, the topic of the questions about each. */
export function QuestionsToAsk({
  heading,
  questions,
  intro,
  tools = [],
}: {
  heading: string;
  questions: readonly PatientQuestion[];
  intro?: React.ReactNode;
  tools?: readonly string[];
}) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <h2 id="questions-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <ol className="list-decimal space-y-2 pl-6">
        {questions.map(({ topic, question }) => {
          const tool = tools.includes(topic) ? topic : undefined;
          return (
            <li key={question}>
              <span className="font-semibold">{tool ? <FacilityWords>{tool}</FacilityWords> : topic}:</span>{" "}
              <Question text={question} tool={tool} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
