// Plain-text messages: readable in any client, nothing remote to load, nothing to track.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

const signature = "\n\n— ScanAware, the open registry of how AI touches patients' scans";

export const verifyEmailMessage = (to: string, link: string): MailMessage => ({
  to,
  subject: "Confirm your email address for ScanAware",
  text: `Confirm your email address by opening this link within 24 hours:\n\n${link}\n\nIf you did not sign up for ScanAware, ignore this message.${signature}`,
});

export const accountExistsMessage = (to: string, resetLink: string): MailMessage => ({
  to,
  subject: "You already have a ScanAware account",
  text: `Someone (perhaps you) tried to sign up for ScanAware with this address, which already has an account.\n\nIf you forgot your password, choose a new one here:\n\n${resetLink}\n\nIf it was not you, ignore this message: nothing has changed.${signature}`,
});

export const resetPasswordMessage = (to: string, link: string): MailMessage => ({
  to,
  subject: "Choose a new ScanAware password",
  text: `Choose a new password by opening this link within 1 hour. It works once.\n\n${link}\n\nIf you did not ask for this, ignore this message: your password has not changed.${signature}`,
});

export const setPasswordMessage = (to: string, link: string): MailMessage => ({
  to,
  subject: "Your ScanAware account is ready",
  text: `An account was created for you. Choose your password by opening this link within 24 hours:\n\n${link}${signature}`,
});

export const claimDecisionMessage = (to: string, facility: string, approved: boolean, reason: string, link: string): MailMessage => ({
  to,
  subject: approved ? `You now manage ${facility} on ScanAware` : `Your claim for ${facility} was not approved`,
  text: approved
    ? `A moderator approved your claim: you are now a facility admin of ${facility}.\n\n${reason ? `Moderator's note: ${reason}\n\n` : ""}Manage it here: ${link}${signature}`
    : `A moderator did not approve your claim for ${facility}.\n\nReason: ${reason}\n\nYou can send a new claim with more evidence: ${link}${signature}`,
});

export const registrationDecisionMessage = (
  to: string,
  facility: string,
  approved: boolean,
  reason: string,
  link: string,
): MailMessage => ({
  to,
  subject: approved ? `${facility} is now listed on ScanAware` : `${facility} was not added to ScanAware`,
  text: approved
    ? `A moderator approved the facility you proposed, and you are its facility admin.\n\n${reason ? `Moderator's note: ${reason}\n\n` : ""}Manage it here: ${link}${signature}`
    : `A moderator did not add ${facility} to the directory.\n\nReason: ${reason}\n\nSee your requests: ${link}${signature}`,
});

export const reportDecisionMessage = (
  to: string,
  facility: string,
  topic: string,
  resolved: boolean,
  note: string,
  link: string,
): MailMessage => ({
  to,
  subject: resolved ? `Thank you: your report about ${facility} was acted on` : `Your report about ${facility} was checked`,
  text: `You told ScanAware that something about ${facility} (${topic}) was not accurate. A moderator checked it.\n\n${
    resolved ? "They agreed, and the listing has been or will be corrected." : "They did not change the listing."
  }\n\n${note ? `Moderator's note: ${note}\n\n` : ""}See the facility's page: ${link}\n\nWe have now deleted your email address. We used it only for this reply.${signature}`,
});

export const invitationMessage = (to: string, facility: string, inviter: string, role: string, link: string): MailMessage => ({
  to,
  subject: `Join the ${facility} team on ScanAware`,
  text: `${inviter} invited you to help publish ${facility}'s disclosure on ScanAware as ${role}.\n\nAccept within 7 days by opening this link (sign up first with this email address if you have no account):\n\n${link}${signature}`,
});
