import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/accounts/password";

// NIST SP 800-63B: refuse common passwords and ones built from the person's own name or address;
// no composition rules. `personal` is what the app passes: the email address and the name.

// "accepted" instead of null, so that a failure reads "expected 'accepted' to match".
const verdict = (password: string, personal: string[]) => passwordWeakness(password, personal) ?? "accepted";
const REFUSED = /^Choose a less common password\. .+ A few unrelated words together work well\.$/;

describe("passwordWeakness", () => {
  it.each(["password1", "qwertyuiop", "iloveyou", "12345678", "Password123"])("refuses the common password %s", (password) => {
    expect(verdict(password, [])).toMatch(REFUSED);
  });

  it.each(["violet-tundra-57-lantern", "amber glacier compass", "zorbulax1234"])("accepts %s, with no composition rule", (password) => {
    expect(verdict(password, ["alex@example.org", "Alex Example"])).toBe("accepted");
  });

  it.each([
    ["the address's name and digits", "zorbulax1234", "zorbulax@example.org", "Alex Example"],
    ["the address's name, capitalised", "Zorbulax1234", "zorbulax@example.org", "Alex Example"],
    ["the person's name run together", "quintessamarlowe", "alex@example.org", "Quintessa Marlowe"],
    ["the address's whole local part", "quintessa.marlowe", "quintessa.marlowe@example.org", "Alex Example"],
  ])("refuses %s (%s)", (_case, password, email, name) => {
    expect(verdict(password, [])).toBe("accepted");
    expect(verdict(password, [email, name])).toMatch(REFUSED);
  });
});
