import { z } from "zod";
import { claimantSchema } from "@/lib/claims/schema";
import { facilitySchema } from "@/lib/facilities/schema";

/** A facility that is not in the directory, proposed by someone who works there. */
export const registrationSchema = facilitySchema
  .pick({ name: true, kind: true, city: true, state: true, phone: true })
  .extend({
    address: z.string().trim().min(3, { error: "Enter the street address." }).max(200, { error: "Use at most 200 characters." }),
    zip: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { error: "A ZIP code is 5 digits." }),
    website: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://, or leave it empty." })])
      .optional()
      .transform((value) => value || null),
  })
  .extend(claimantSchema.shape);

export type RegistrationInput = z.infer<typeof registrationSchema>;
