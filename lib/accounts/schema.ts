import { z } from "zod";

// Shared by the forms and the server. Strength (common and breached-looking passwords) is checked
// on the server against a dictionary too large to ship to browsers: lib/accounts/password.ts.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address." })
  .max(254, { error: "Enter an email address of at most 254 characters." })
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid. Use the newest link we sent you." });

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter your name." }).max(120, { error: "Use at most 120 characters." }),
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX, { error: "Enter your password." }),
  // Only same-site paths: an open redirect after sign-in would help phishing.
  next: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/)
    .optional()
    .catch(undefined),
});

export const requestResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });

export const verifyEmailSchema = z.object({ token: tokenSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(PASSWORD_MAX),
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
