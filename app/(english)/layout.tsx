import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { siteMetadata } from "@/lib/i18n/metadata";

// Staff pages and the pages for researchers (open data, statistics, API reference): English only.
export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata("en");
}

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <PageShell locale="en">{children}</PageShell>;
}
