"use client";

import Link from "next/link";
import { createContext, useActionState, useContext, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonTone } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

const FormStateContext = createContext<FormState>({});
const FormDispatchContext = createContext<(formData: FormData) => void>(() => {});

/** The words of the form itself, for a form on a translated page (the report form); English otherwise. */
export interface FormWords {
  problem: string;
  wait: string;
  /** After the label of a field that may be left empty. */
  optional: string;
  /** The empty first option of a select. */
  choose: string;
}

const ENGLISH: FormWords = { problem: "There is a problem", wait: "Please wait…", optional: "(optional)", choose: "Choose…" };
const FormWordsContext = createContext<FormWords>(ENGLISH);

export const useFormWords = () => useContext(FormWordsContext);

/** Sends the form's action from code (autosave), with the same state as a submission. */
export const useFormDispatch = () => useContext(FormDispatchContext);

export const useFieldState = (name: string) => {
  const state = useContext(FormStateContext);
  return { error: state.fieldErrors?.[name], value: state.values?.[name] };
};

/** The whole form's state, for fields made of several inputs. */
export const useFormState = () => useContext(FormStateContext);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A native form posting to a server action: works without JavaScript (the page re-renders with
 * the result), and with it, moves focus to the error summary or success note so screen-reader
 * users hear what happened. Fields inside read their error and typed value from context.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = "flex max-w-xl flex-col gap-6",
  tone = "primary",
  initialValues,
  submit,
  extra,
  words = ENGLISH,
}: {
  /** Name and value the submit button sends (to tell several buttons apart). */
  submit?: { name: string; value: string };
  /** More buttons, before the main one. */
  extra?: React.ReactNode;
  action: Action;
  /** What the fields hold before the first submission (a saved draft). */
  initialValues?: Record<string, string>;
  submitLabel: string;
  /** The fields; none for a form that is just a button (sign out, resend a link). */
  children?: React.ReactNode;
  className?: string;
  tone?: "primary" | "secondary" | "danger";
  words?: FormWords;
}) {
  const [state, formAction] = useActionState(action, { values: initialValues });
  const summary = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state.fieldErrors ?? {});

  useEffect(() => {
    if (!state.quiet && (state.formError || errors.length || state.success)) summary.current?.focus();
  }, [state, errors.length]);

  return (
    <FormWordsContext value={words}>
      <FormStateContext value={state}>
        <FormDispatchContext value={formAction}>
          <form action={formAction} className={className} noValidate>
            <div ref={summary} tabIndex={-1} className="empty:hidden focus:outline-none">
              {state.formError || errors.length ? (
                <div role="alert" className="border-l-8 border-error bg-paper p-4">
                  <h2 className="text-xl font-bold">{words.problem}</h2>
                  {state.formError ? <p>{state.formError}</p> : null}
                  {errors.length ? (
                    <ul className="list-disc pl-6">
                      {errors.map(([field, message]) => (
                        <li key={field}>
                          <a href={`#${field}`} className="text-error">
                            {message}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {state.problems?.length ? (
                    <ul className="list-disc pl-6">
                      {state.problems.map((problem, index) => (
                        <li key={index}>{problem}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ) : null}
              {state.success ? (
                <div role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
                  {state.success}
                  {state.next ? (
                    <>
                      {" "}
                      <Link href={state.next.href}>{state.next.label}</Link>
                    </>
                  ) : null}
                </div>
              ) : null}
            </div>
            {children}
            <div className="flex flex-wrap gap-4">
              {extra}
              <SubmitButton label={submitLabel} tone={tone} submit={submit} wait={words.wait} />
            </div>
          </form>
        </FormDispatchContext>
      </FormStateContext>
    </FormWordsContext>
  );
}

function SubmitButton({
  label,
  tone,
  submit,
  wait,
}: {
  label: string;
  tone: ButtonTone;
  submit?: { name: string; value: string };
  wait: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={submit?.name}
      value={submit?.value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(tone)}
    >
      {pending ? wait : label}
    </button>
  );
}
