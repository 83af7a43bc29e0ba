// The tags of the comparison's messages (t.rich).

/** Words for screen readers only: which facility a "Remove" or "Add" link is about. */
export const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/** A facility's name in running text: a name, the same in every language. */
export const facilityName = (chunks: React.ReactNode) => <span data-facility-name>{chunks}</span>;
