/** What sits at a path in a draft or file, or undefined: one walker for the form, validation and conflicts (no schema import: the form's client code uses it). */
export const valueAt = (content: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    content,
  );
