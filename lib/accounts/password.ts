import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// OWASP Password Storage Cheat Sheet, argon2id: 19 MiB of memory, 2 iterations, 1 lane.
// (algorithm 2 is Argon2id; the package exports it as a const enum that isolated modules cannot read.)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/**
 * Spent on a sign-in for an unknown address, so that the answer takes as long as for a real
 * account and does not reveal which addresses have one.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword("decoy password that no account has");
  await verify(await decoyHash, password);
}

let checker: ZxcvbnFactory | undefined;

/**
 * Why a password would be easy to guess, or null. NIST SP 800-63B: refuse passwords found in lists
 * of common and breached passwords (zxcvbn's dictionaries hold the 30,000 most common), and ones
 * built from the person's own name or address; impose no other composition rule.
 */
export function passwordWeakness(password: string, personal: string[]): string | null {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const userInputs = personal
    .map((value) => value.toLowerCase())
    .flatMap((value) => [value, value.split("@")[0]!, ...value.split(/[\s@._-]+/)])
    .filter((word) => word.length >= 3);
  const result = checker.check(password, userInputs);
  if (result.score >= 2) return null;
  const warning = result.feedback.warning ?? "It follows a pattern that is easy to guess.";
  return `Choose a less common password. ${warning} A few unrelated words together work well.`;
}
