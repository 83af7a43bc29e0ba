"use client";

import { Field, inputClass } from "@/components/ui/field";
import { useFieldState, useFormWords } from "./action-form";

interface Common {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
}

/** A text input whose error and typed value come from the surrounding ActionForm. */
export function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = "text",
  autoComplete,
  required = true,
}: Common & { type?: "text" | "email" | "password" | "tel" | "url"; autoComplete?: string; required?: boolean }) {
  const { error, value } = useFieldState(name);
  const { optional } = useFormWords();
  return (
    <Field id={name} label={required ? label : `${label} ${optional}`} hint={hint} error={error}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={type}
          autoComplete={autoComplete}
          aria-required={required || undefined}
          defaultValue={type === "password" ? undefined : (value ?? defaultValue)}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function TextArea({ name, label, hint, defaultValue, required = true, rows = 5 }: Common & { required?: boolean; rows?: number }) {
  const { error, value } = useFieldState(name);
  const { optional } = useFormWords();
  return (
    <Field id={name} label={required ? label : `${label} ${optional}`} hint={hint} error={error}>
      {(props) => (
        <textarea
          {...props}
          name={name}
          rows={rows}
          aria-required={required || undefined}
          defaultValue={value ?? defaultValue}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  defaultValue,
  options,
}: Common & { options: readonly { value: string; label: string }[] }) {
  const { error, value } = useFieldState(name);
  const { choose } = useFormWords();
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      {(props) => (
        // Keyed by the value: React resets a form after its action, and only a select mounted with
        // the typed value as its default keeps it through that reset.
        <select {...props} key={value} name={name} defaultValue={value ?? defaultValue ?? ""} className={inputClass}>
          {defaultValue === undefined ? <option value="">{choose}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Radio buttons in a fieldset, for a choice of two to five. */
export function RadioGroup({ name, label, options, defaultValue }: Common & { options: readonly { value: string; label: string }[] }) {
  const { error, value } = useFieldState(name);
  const chosen = value ?? defaultValue;
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined} className="flex flex-col gap-2">
      <legend className="font-semibold">{label}</legend>
      <div id={`${name}-error`} aria-live="polite" className={error ? "font-semibold text-error" : "sr-only"}>
        {error ? `Error: ${error}` : null}
      </div>
      {options.map((option, index) => (
        <label key={option.value} className="flex items-center gap-3">
          <input
            type="radio"
            name={name}
            value={option.value}
            id={index === 0 ? name : undefined}
            defaultChecked={chosen === option.value}
            className="size-5"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One check box with its words as the label, and its error above it. */
export function CheckboxField({ name, label }: { name: string; label: string }) {
  const { error, value } = useFieldState(name);
  return (
    <div className="flex flex-col gap-1">
      <div id={`${name}-error`} aria-live="polite" className={error ? "font-semibold text-error" : "sr-only"}>
        {error ? `Error: ${error}` : null}
      </div>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={value === "on"}
          aria-describedby={error ? `${name}-error` : undefined}
          aria-invalid={error ? true : undefined}
          className="mt-1.5 size-5 shrink-0"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
