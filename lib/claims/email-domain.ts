/**
 * Whether an email address belongs to the facility's web domain: name@radiology.stmary.org for
 * www.stmary.org matches. A hint for the moderator, never proof: anyone can own a lookalike domain.
 */
export function emailMatchesWebsite(email: string, website: string | null): boolean {
  if (!website) return false;
  let host: string;
  try {
    host = new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return false;
  }
  const domain = email.split("@")[1]?.toLowerCase();
  if (!domain || !host.includes(".")) return false;
  return domain === host || domain.endsWith(`.${host}`) || host.endsWith(`.${domain}`);
}
