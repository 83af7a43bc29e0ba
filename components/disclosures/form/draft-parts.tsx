"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import { useFormDispatch, useFormState } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";

/**
 * A hidden field that follows the last save: the draft revision the form is based on, and the
 * position of a new AI tool or breach once it has one (so saving again edits it, not adds another).
 */
export function SavedStateInput({ name }: { name: "revision" | "index" }) {
  const { values } = useFormState();
  return <input type="hidden" name={name} value={values?.[name] ?? (name === "revision" ? "0" : "-1")} />;
}

/** After a refused save: what the other person saved next to what this person typed (still in the form). */
export function ConflictPanel() {
  const { conflict } = useFormState();
  if (!conflict) return null;
  return (
    <section aria-labelledby="conflict-heading" className="border-l-8 border-error p-4">
      <h2 id="conflict-heading" className="text-xl font-bold">
        What differs
      </h2>
      {conflict.length ? (
        <DataTable columns={["Question", "Saved by the other person", "Yours, still in the form below"]} small>
          {conflict.map((row) => (
            <tr key={row.field} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 text-left font-semibold">
                <a href={`#${row.field}`}>{row.question}</a>
              </th>
              <td className="py-2 pr-4">{row.theirs}</td>
              <td className="py-2 pr-4">{row.yours}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>Their answers on this page are the same as yours; they changed another part of the disclosure.</p>
      )}
      <p className="mt-3">Save again to keep your answers on this page; their other changes stay.</p>
    </section>
  );
}

const AUTOSAVE_DELAY_MS = 3_000;

/**
 * With JavaScript, the step saves itself a few seconds after the last change, without moving the
 * person's focus; "Save" still works without it. A save pressed while an automatic one is on its
 * way waits for it, so that it goes out with the revision that save produced (never a conflict
 * with oneself).
 */
export function AutoSave() {
  const dispatch = useFormDispatch();
  const state = useFormState();
  const marker = useRef<HTMLSpanElement>(null);
  const inFlight = useRef(false);
  const waiting = useRef<HTMLElement | null | undefined>(undefined);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    inFlight.current = false;
    const form = marker.current?.closest("form");
    if (form && waiting.current !== undefined) {
      const submitter = waiting.current;
      waiting.current = undefined;
      form.requestSubmit(submitter ?? undefined);
    }
  }, [state]);

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      setDirty(true);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const data = new FormData(form);
        data.set("intent", "autosave");
        setDirty(false);
        inFlight.current = true;
        startTransition(() => dispatch(data));
      }, AUTOSAVE_DELAY_MS);
    };
    const submitted = (event: SubmitEvent) => {
      clearTimeout(timer);
      setDirty(false);
      if (!inFlight.current) return;
      event.preventDefault();
      waiting.current = event.submitter;
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", submitted);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
      form.removeEventListener("submit", submitted);
    };
  }, [dispatch]);

  return (
    <span ref={marker} role="status" className="text-base text-ink-muted">
      {dirty ? "Unsaved changes: saving shortly…" : state.quiet && state.success ? `Saved automatically. ${state.success}` : ""}
    </span>
  );
}

export function SaveButton() {
  return (
    <button type="submit" name="intent" value="save" className={buttonClass("secondary")}>
      Save draft
    </button>
  );
}
