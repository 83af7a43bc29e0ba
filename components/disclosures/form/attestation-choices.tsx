"use client";

import { useFieldState } from "@/components/forms/action-form";

export function AttestationChoices({ statement, isUpdate }: { statement: string; isUpdate: boolean }) {
  const agree = useFieldState("agree");
  const correction = useFieldState("correction");
  return (
    <>
      <div className="flex flex-col gap-1">
        <div id="agree-error" aria-live="polite" className={agree.error ? "font-semibold text-error" : "sr-only"}>
          {agree.error ? `Error: ${agree.error}` : null}
        </div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            id="agree"
            name="agree"
            defaultChecked={agree.value === "on"}
            aria-describedby={agree.error ? "agree-error" : undefined}
            aria-invalid={agree.error ? true : undefined}
            className="mt-1.5 size-5 shrink-0"
          />
          <span>{statement}</span>
        </label>
      </div>
      {isUpdate ? (
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            id="correction"
            name="correction"
            defaultChecked={correction.value === "on"}
            className="mt-1.5 size-5 shrink-0"
          />
          <span>This version corrects a mistake in the previous one (rather than reporting a change in practice).</span>
        </label>
      ) : null}
    </>
  );
}
