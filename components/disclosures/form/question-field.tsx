"use client";

import { useFormState } from "@/components/forms/action-form";
import { inputClass } from "@/components/ui/field";
import { UNANSWERED_LABELS, UNANSWERED_STATES } from "@/lib/disclosures/answer";
import { fieldName, indefiniteName, MULTI_SEPARATOR, stateName, URL_SLOTS } from "@/lib/disclosures/form-data";
import type { QuestionSpec } from "@/lib/disclosures/form-questions";

const UNANSWERED = UNANSWERED_STATES.map((state) => ({ value: state, label: UNANSWERED_LABELS[state] }));
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

function Choice({
  type,
  name,
  value,
  label,
  checked,
  id,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  label: string;
  checked: boolean;
  id?: string;
}) {
  return (
    <label className="flex items-start gap-3">
      <input type={type} name={name} value={value} id={id} defaultChecked={checked} className="mt-1.5 size-5 shrink-0" />
      <span>{label}</span>
    </label>
  );
}

/**
 * One question of the disclosure with its help and an example next to it, its error right under
 * the question, and a way to say "unknown", "declined" or "not applicable" instead of an answer.
 */
export function QuestionField({ spec }: { spec: QuestionSpec }) {
  const state = useFormState();
  const name = fieldName(spec);
  const values = state.values ?? {};
  const error = state.fieldErrors?.[name];
  const ids = { legend: `${name}-legend`, help: `${name}-help`, error: `${name}-error` };
  const describedBy = [ids.help, error ? ids.error : null].filter(Boolean).join(" ");
  const textInput = (inputName: string, id: string, label?: string, type = "text") => (
    <input
      key={`${inputName}:${values[inputName] ?? ""}`}
      id={id}
      name={inputName}
      type={type}
      inputMode={spec.kind === "count" || spec.kind === "years" ? "numeric" : undefined}
      defaultValue={values[inputName] ?? ""}
      aria-labelledby={label ? undefined : ids.legend}
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className={inputClass}
    />
  );
  const optionsOf = spec.kind === "yesno" ? YES_NO : Object.entries(spec.options ?? {}).map(([value, label]) => ({ value, label }));
  const chosen = values[name] ?? "";
  const otherState = values[stateName(spec)] ?? "";

  let controls: React.ReactNode;
  if (spec.kind === "yesno" || spec.kind === "choice") {
    controls = (
      <div className="flex flex-col gap-2">
        {[...optionsOf, ...UNANSWERED].map((option, index) => (
          <Choice
            key={option.value}
            type="radio"
            name={name}
            value={option.value}
            label={option.label}
            checked={chosen === option.value}
            id={index === 0 ? name : undefined}
          />
        ))}
      </div>
    );
  } else if (spec.kind === "required" || spec.kind === "optional") {
    controls = textInput(name, name);
  } else {
    const picked = new Set(chosen.split(MULTI_SEPARATOR));
    controls = (
      <div className="flex flex-col gap-3">
        {spec.kind === "multi" ? (
          <div className="flex flex-col gap-2">
            {optionsOf.map((option, index) => (
              <Choice
                key={option.value}
                type="checkbox"
                name={name}
                value={option.value}
                label={option.label}
                checked={picked.has(option.value)}
                id={index === 0 ? name : undefined}
              />
            ))}
          </div>
        ) : spec.kind === "urls" ? (
          Array.from({ length: URL_SLOTS }, (_, slot) =>
            textInput(`${name}.${slot}`, slot === 0 ? name : `${name}.${slot}`, `${spec.text.label}: address ${slot + 1}`, "url"),
          )
        ) : spec.kind === "longtext" ? (
          <textarea
            key={`${name}:${chosen}`}
            id={name}
            name={name}
            rows={4}
            defaultValue={chosen}
            aria-labelledby={ids.legend}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className={inputClass}
          />
        ) : (
          textInput(name, name, undefined, spec.kind === "url" ? "url" : spec.kind === "date" ? "date" : "text")
        )}
        {spec.kind === "years" ? (
          <Choice
            type="checkbox"
            name={indefiniteName(spec)}
            value="on"
            label="Kept indefinitely"
            checked={Boolean(values[indefiniteName(spec)])}
          />
        ) : null}
        <fieldset className="flex flex-col gap-1 text-base">
          <legend className="text-ink-muted">Or, if you cannot give an answer:</legend>
          {[{ value: "", label: "I have answered above" }, ...UNANSWERED].map((option) => (
            <Choice
              key={option.value}
              type="radio"
              name={stateName(spec)}
              value={option.value}
              label={option.label}
              checked={otherState === option.value}
            />
          ))}
        </fieldset>
      </div>
    );
  }

  return (
    <fieldset data-question className="flex flex-col gap-2 border-l-4 border-line pl-4" aria-describedby={describedBy}>
      <legend id={ids.legend} className="text-lg font-semibold">
        {spec.text.label}
        {spec.kind === "optional" ? " (optional)" : ""}
      </legend>
      <div id={ids.help} className="text-base text-ink-muted">
        <p>{spec.text.help}</p>
        <p>Example: {spec.text.example}</p>
      </div>
      <div id={ids.error} aria-live="polite" className={error ? "font-semibold text-error" : "sr-only"}>
        {error ? `Error: ${error}` : null}
      </div>
      {controls}
    </fieldset>
  );
}
