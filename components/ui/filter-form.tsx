/**
 * A GET form that narrows a list: the URL holds the filter, so it works without JavaScript and
 * can be bookmarked or shared.
 */
export function FilterForm({
  action,
  label,
  submitLabel,
  children,
}: {
  action: string;
  label: string;
  submitLabel: string;
  children: React.ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className="no-print flex flex-wrap items-end gap-5 rounded-card border border-line bg-paper-muted p-5"
    >
      {children}
      <button type="submit" className="rounded-card bg-brand px-6 py-2.5 text-lg font-bold text-paper hover:bg-brand-dark">
        {submitLabel}
      </button>
    </form>
  );
}
