import { describe, expect, it } from "vitest";
import { emailMatchesWebsite } from "@/lib/claims/email-domain";

describe("emailMatchesWebsite", () => {
  it.each([
    ["the website's own domain", "jo@stmary.org", "https://stmary.org"],
    ["the domain behind www", "jo@stmary.org", "https://www.stmary.org/imaging"],
    ["a department's subdomain", "jo@radiology.stmary.org", "https://www.stmary.org"],
    ["the parent of the website's host", "jo@stmary.org", "https://imaging.stmary.org"],
    ["whatever the letter case", "Jo@Radiology.StMary.ORG", "HTTP://WWW.STMARY.ORG"],
  ])("matches %s", (_case, email, website) => {
    expect(emailMatchesWebsite(email, website)).toBe(true);
  });

  it.each([
    ["no website", "jo@stmary.org", null],
    ["a website that is not a URL", "jo@stmary.org", "stmary org"],
    ["another domain", "jo@mail.example", "https://www.stmary.org"],
    ["a lookalike ending in the same letters", "jo@notstmary.org", "https://stmary.org"],
    ["a lookalike starting with the domain", "jo@stmary.org.attacker.example", "https://stmary.org"],
    ["a host without a dot", "jo@localhost", "http://localhost:3000"],
    ["an address without a domain", "jo", "https://stmary.org"],
  ])("does not match %s", (_case, email, website) => {
    expect(emailMatchesWebsite(email, website)).toBe(false);
  });
});
