"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { rememberDevice, isKnownDevice } from "@/lib/auth/device";
import { endSession, startSession } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { changePassword, signOutEverywhere } from "./data-account";
import { requestPasswordReset, resendVerification, resetPassword, signInWithPassword, signUp, verifyEmail } from "./data";
import { requireSignedIn } from "@/lib/auth/actor";
import { changePasswordSchema, requestResetSchema, resetPasswordSchema, signInSchema, signUpSchema, verifyEmailSchema } from "./schema";

export const signUpAction = formAction(signUpSchema, async (input, { ip }) => {
  await signUp(input, ip);
  redirect(`/sign-up/check-email`);
});

export const signInAction = formAction(signInSchema, async (input, { ip }) => {
  const userId = await signInWithPassword(input, ip, await isKnownDevice(input.email));
  await startSession(userId);
  await rememberDevice(input.email);
  redirect(input.next ?? "/manage");
});

export const signOutAction = formAction(z.object({}), async () => {
  await endSession();
  redirect("/");
});

export const signOutEverywhereAction = formAction(z.object({}), async (_input, { actor, ip }) => {
  await signOutEverywhere(actor, ip);
  await endSession();
  redirect("/sign-in?signed-out=everywhere");
});

export const verifyEmailAction = formAction(verifyEmailSchema, async (input, { ip }) => {
  await startSession(await verifyEmail(input.token, ip));
  redirect("/manage?verified=1");
});

export const resendVerificationAction = formAction(z.object({}), async (_input, { actor }) => {
  await resendVerification(actor);
  return { success: "We have sent a new link. It works for 24 hours." };
});

export const requestResetAction = formAction(requestResetSchema, async (input, { ip }) => {
  await requestPasswordReset(input.email, ip);
  return {
    success: `If an account uses ${input.email}, we have sent it a link to choose a new password. The link works once, for 1 hour.`,
  };
});

export const resetPasswordAction = formAction(resetPasswordSchema, async (input, { ip }) => {
  await startSession(await resetPassword(input.token, input.password, ip));
  redirect("/manage?password=reset");
});

export const changePasswordAction = formAction(changePasswordSchema, async (input, { actor, ip }) => {
  await changePassword(actor, input.currentPassword, input.password, ip);
  await startSession(requireSignedIn(actor).id);
  return { success: "Your password has been changed, and you have been signed out on every other device." };
});
