"use client";

import { useFieldState } from "@/components/forms/action-form";

/** The file to import and the facilities whose drafts receive it. */
export function ImportFields({ facilities }: { facilities: { id: string; label: string }[] }) {
  const file = useFieldState("file");
  const chosen = useFieldState("facilities");
  const picked = new Set((chosen.value ?? "").split("\u001f"));
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="file" className="font-semibold">
          Disclosure file (.json)
        </label>
        <div id="file-error" aria-live="polite" className={file.error ? "font-semibold text-error" : "sr-only"}>
          {file.error ? `Error: ${file.error}` : null}
        </div>
        <input
          id="file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={file.error ? "file-error" : undefined}
          aria-invalid={file.error ? true : undefined}
        />
      </div>
      <fieldset aria-describedby={chosen.error ? "facilities-error" : undefined} className="flex flex-col gap-2">
        <legend className="font-semibold">Import into the drafts of</legend>
        <div id="facilities-error" aria-live="polite" className={chosen.error ? "font-semibold text-error" : "sr-only"}>
          {chosen.error ? `Error: ${chosen.error}` : null}
        </div>
        {facilities.map((facility, index) => (
          <label key={facility.id} className="flex items-start gap-3">
            <input
              type="checkbox"
              name="facilities"
              value={facility.id}
              id={index === 0 ? "facilities" : undefined}
              defaultChecked={picked.has(facility.id)}
              className="mt-1.5 size-5 shrink-0"
            />
            <span>{facility.label}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
