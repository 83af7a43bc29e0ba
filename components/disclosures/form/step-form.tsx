import { ActionForm } from "@/components/forms/action-form";
import { saveStepAction } from "@/lib/disclosures/actions";
import type { QuestionGroup } from "@/lib/disclosures/form-questions";
import type { StepKind } from "@/lib/disclosures/steps";
import { AutoSave, ConflictPanel, SavedStateInput, SaveButton } from "./draft-parts";
import { QuestionField } from "./question-field";

/** One step of the disclosure: its questions in groups, "Save draft", and "Save and continue". */
export function StepForm({
  facilityId,
  step,
  index = -1,
  groups,
  values,
  next,
  nextLabel,
}: {
  facilityId: string;
  step: StepKind;
  index?: number;
  groups: QuestionGroup[];
  values: Record<string, string>;
  next: string;
  nextLabel: string;
}) {
  return (
    <ActionForm
      action={saveStepAction}
      submitLabel={nextLabel}
      submit={{ name: "intent", value: "next" }}
      initialValues={{ ...values, index: String(index) }}
      extra={<SaveButton />}
      className="flex flex-col gap-8"
    >
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="step" value={step} />
      <SavedStateInput name="index" />
      <input type="hidden" name="next" value={next} />
      <SavedStateInput name="revision" />
      <ConflictPanel />
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title} className="flex flex-col gap-6">
          {groups.length > 1 ? <h2 className="text-2xl font-bold">{group.title}</h2> : null}
          {group.questions.map((spec) => (
            <QuestionField key={spec.path.join(".")} spec={spec} />
          ))}
        </section>
      ))}
      <AutoSave />
    </ActionForm>
  );
}
