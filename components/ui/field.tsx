/** A labelled form control with its hint and its error right under it, announced to screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-error`} aria-live="polite" className={error ? "font-semibold text-error" : "sr-only"}>
        {error ? `Error: ${error}` : null}
      </div>
      {children({ id, "aria-describedby": described, "aria-invalid": error ? true : undefined })}
    </div>
  );
}

export const inputClass = "w-full rounded border-2 border-ink bg-paper px-3 py-2 text-lg aria-[invalid=true]:border-error";
