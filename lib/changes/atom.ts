import { Feed } from "feed";
import type { Change } from "./data";

// The change feed as Atom, for feed readers: "follow this facility" (or a state, or everything)
// without an account.

/** Entries per feed: a reader polls often, and the JSON feed holds the whole history. */
export const FEED_LENGTH = 50;

const SAY: Record<Change["kind"], (change: Change) => string> = {
  FACILITY_ADDED: (change) => `${change.facility.name} was added to the directory`,
  DISCLOSURE_PUBLISHED: (change) => `${change.facility.name} published version ${change.versionNumber} of its AI disclosure`,
  DISCLOSURE_CORRECTED: (change) => `${change.facility.name} corrected its AI disclosure (version ${change.versionNumber})`,
  DISCLOSURE_WITHDRAWN: (change) =>
    `Version ${change.versionNumber} of ${change.facility.name}'s AI disclosure was withdrawn by a moderator`,
};

export function changeTitle(change: Change): string {
  return SAY[change.kind](change);
}

export function changesAtom(options: { appUrl: string; title: string; self: string; page: string; changes: Change[] }): string {
  const { appUrl, changes } = options;
  const feed = new Feed({
    id: options.self,
    title: options.title,
    link: options.page,
    feedLinks: { atom: options.self },
    updated: changes[0]?.at ?? new Date(0),
    generator: "ScanAware",
    copyright: "Data: CC0 1.0",
    language: "en",
  });
  for (const change of changes) {
    const facilityPage = `${appUrl}/facilities/${change.facility.slug}`;
    feed.addItem({
      id: `tag:${new URL(appUrl).host},2026:change:${change.id}`,
      title: changeTitle(change),
      link: change.versionNumber === null ? facilityPage : `${facilityPage}/versions/${change.versionNumber}`,
      date: change.at,
      description: `${change.facility.name}, ${change.facility.city}, ${change.facility.state}.`,
    });
  }
  return feed.atom1();
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
