// Translated pages (app/[locale]) and English-only pages (app/(english)) each render the document
// in their own layout; this one exists only so that app/not-found.tsx has a parent.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
