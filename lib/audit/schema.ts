/** Everything the audit log records, with the words moderators see. */
export const AUDIT_ACTIONS = {
  "account.signed-up": "Signed up",
  "account.signed-in": "Signed in",
  "account.sign-in-failed": "Sign-in failed",
  "account.sso-signed-in": "Signed in with single sign-on",
  "account.email-verified": "Verified email address",
  "account.password-reset-requested": "Asked for a password reset",
  "account.password-reset": "Reset password",
  "account.password-changed": "Changed password",
  "account.signed-out-everywhere": "Signed out everywhere",
  "account.created-by-command": "Account created from the command line",
  "account.role-changed": "Role changed",
  "claim.submitted": "Claim submitted",
  "claim.approved": "Claim approved",
  "claim.rejected": "Claim rejected",
  "registration.submitted": "New facility proposed",
  "registration.approved": "New facility approved",
  "registration.rejected": "New facility rejected",
  "team.invited": "Invited to a facility team",
  "team.invitation-revoked": "Invitation revoked",
  "team.joined": "Joined a facility team",
  "team.removed": "Removed from a facility team",
  "disclosure.draft-saved": "Disclosure draft saved",
  "disclosure.draft-imported": "Disclosure draft imported from a file",
  "disclosure.fetched": "Disclosure draft fetched from the facility's website",
  "disclosure.published": "Disclosure published",
  "disclosure.hidden": "Disclosure version hidden",
  "report.resolved": "Inaccuracy report resolved",
  "report.dismissed": "Inaccuracy report dismissed",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);
