/**
 * What each limiter allows: `points` attempts per `duration` seconds, then 429 until the window
 * ends. Windows are short so that nobody is locked out for long (backoff, not lockout).
 */
export const RATE_LIMITS = {
  /** Every sign-in attempt from one address. */
  signInPerIp: { points: 30, duration: 10 * 60 },
  /** Failed sign-ins for one account from one address. */
  signInFailuresPerAccountAndIp: { points: 5, duration: 15 * 60 },
  /**
   * Failed sign-ins for one account from anywhere, unless the browser has signed in to that
   * account before (a device cookie): an attacker spreading guesses over many addresses cannot
   * lock the real person out of their own browser.
   */
  signInFailuresPerAccount: { points: 20, duration: 60 * 60 },
  signUpPerIp: { points: 5, duration: 60 * 60 },
  resetPerIp: { points: 5, duration: 60 * 60 },
  resetPerAccount: { points: 3, duration: 60 * 60 },
  verificationEmailPerAccount: { points: 3, duration: 60 * 60 },
  claimsPerAccount: { points: 5, duration: 24 * 60 * 60 },
  claimsPerIp: { points: 20, duration: 24 * 60 * 60 },
  registrationsPerAccount: { points: 3, duration: 24 * 60 * 60 },
  invitationsPerAccount: { points: 30, duration: 24 * 60 * 60 },
  /** Reports of inaccuracies need no account, so the sender's address is all there is to limit. */
  reportsPerIpHour: { points: 5, duration: 60 * 60 },
  reportsPerIpDay: { points: 20, duration: 24 * 60 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;
