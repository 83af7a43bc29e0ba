/** A column heading; `hidden` headings are read by screen readers but not shown (an actions column). */
export type Column = string | { label: string; hidden: true };

/**
 * A table with its caption and column headings; the rows are the children. It scrolls sideways on
 * a narrow screen rather than squeezing its cells.
 */
export function DataTable({
  caption,
  columns,
  children,
  small = false,
}: {
  caption?: string;
  columns: Column[];
  children: React.ReactNode;
  small?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left ${small ? "text-base" : ""}`}>
        {caption ? <caption className="pb-3 text-left text-xl font-bold">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col" className="py-2 pr-4">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="py-2">
                  <span className="sr-only">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
