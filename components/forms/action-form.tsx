"use client";

import { createContext, useActionState, useContext, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/form-state";

const FormStateContext = createContext<FormState>({});

export const useFieldState = (name: string) => {
  const state = useContext(FormStateContext);
  return { error: state.fieldErrors?.[name], value: state.values?.[name] };
};

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
}: {
  action: Action;
  submitLabel: string;
  /** The fields; none for a form that is just a button (sign out, resend a link). */
  children?: React.ReactNode;
  className?: string;
  tone?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, {});
  const summary = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state.fieldErrors ?? {});

  useEffect(() => {
    if (state.formError || errors.length || state.success) summary.current?.focus();
  }, [state, errors.length]);

  return (
    <FormStateContext value={state}>
      <form action={formAction} className={className} noValidate>
        <div ref={summary} tabIndex={-1} className="empty:hidden focus:outline-none">
          {state.formError || errors.length ? (
            <div role="alert" className="border-l-8 border-error bg-paper p-4">
              <h2 className="text-xl font-bold">There is a problem</h2>
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
            </div>
          ) : null}
          {state.success ? (
            <div role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
              {state.success}
            </div>
          ) : null}
        </div>
        {children}
        <SubmitButton label={submitLabel} tone={tone} />
      </form>
    </FormStateContext>
  );
}

const buttonTones = {
  primary: "bg-brand text-paper hover:bg-brand-dark",
  secondary: "border-2 border-ink bg-paper text-ink hover:bg-paper-muted",
  danger: "bg-error text-paper hover:bg-ink",
} as const;

export const buttonClass = (tone: keyof typeof buttonTones = "primary") =>
  `self-start rounded px-5 py-2 text-lg font-semibold disabled:opacity-60 ${buttonTones[tone]}`;

function SubmitButton({ label, tone }: { label: string; tone: keyof typeof buttonTones }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(tone)}>
      {pending ? "Please wait…" : label}
    </button>
  );
}
