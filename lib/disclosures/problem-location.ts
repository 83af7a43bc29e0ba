import {
  AI_TOOL_GROUPS,
  BREACH_GROUPS,
  BREACHES_REPORTED_QUESTION,
  PRACTICE_GROUPS,
  questionsOf,
  type QuestionSpec,
} from "./form-questions";
import type { Problem } from "./validate";

const matching = (specs: QuestionSpec[], keys: string[]) => specs.find((spec) => spec.path.every((key, index) => keys[index] === key));

/** Where in the editor a problem can be fixed, and the question it is about, in words. */
export function locateProblem(problem: Problem): { step: string; where: string } {
  const [head, second, ...rest] = problem.path.split(".");
  if (head === "practices") {
    const spec = matching(questionsOf(PRACTICE_GROUPS), [second ?? "", ...rest]);
    return { step: "/practices", where: spec ? spec.text.label : "Facility practices" };
  }
  if ((head === "aiTools" || head === "breaches") && second !== undefined && /^\d+$/.test(second)) {
    const tool = head === "aiTools";
    const spec = matching(questionsOf(tool ? AI_TOOL_GROUPS : BREACH_GROUPS), rest);
    const entry = `${tool ? "AI tool" : "Breach"} ${Number(second) + 1}`;
    return { step: `/${tool ? "tools" : "breaches"}/${second}`, where: spec ? `${entry}: ${spec.text.label}` : entry };
  }
  if (head === "breachesReported" || head === "breaches") return { step: "/breaches", where: BREACHES_REPORTED_QUESTION.text.label };
  return { step: "", where: "The disclosure" };
}
