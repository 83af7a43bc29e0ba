// Stands in for the `server-only` guard under Vitest, which is not a React Server Components
// bundler; the guard itself is exercised by `next build`.
export {};
