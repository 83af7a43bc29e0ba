import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor, requestIp } from "@/lib/auth/session";
import { isDatabaseUnavailable, noteDatabaseError } from "@/lib/db-health";
import { FieldError, isUserError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { assertSameOrigin } from "@/lib/security/origin";
import { MULTI_SEPARATOR, type FormState } from "./form-state";

export interface ActionContext {
  actor: Actor;
  ip: string;
  /** The whole posted form, for forms whose fields are not known in advance (the disclosure steps). */
  formData: FormData;
  /** What was typed, as the form state keeps it (no passwords or tokens). */
  typed: Record<string, string>;
}

const SECRET_FIELD = /password|token/i;
/** Hidden inputs: a problem with one is about the whole form, since there is no field to show it next to. */
const HIDDEN_FIELDS = new Set(["token", "id", "facilityId", "userId", "invitationId", "next"]);

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || SECRET_FIELD.test(key)) continue;
    values[key] = key in values ? `${values[key]}${MULTI_SEPARATOR}${value}` : value;
  }
  return values;
}

function failure(errors: [field: string, message: string][], values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const [field, message] of errors) {
    if (HIDDEN_FIELDS.has(field)) formError ??= message;
    else fieldErrors[field] ??= message;
  }
  return { fieldErrors, formError, values };
}

/**
 * Every server action that changes state goes through here: it refuses cross-site posts, parses
 * the form with the same zod schema the form was built from, and turns expected failures into
 * messages next to their fields. `run` calls the data layer, which checks who may do what.
 */
export function formAction<S extends z.ZodType>(schema: S, run: (input: z.infer<S>, context: ActionContext) => Promise<FormState | void>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = typedValues(formData);
    const requestHeaders = await headers();
    try {
      assertSameOrigin(requestHeaders);
      const parsed = schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return failure(
          parsed.error.issues.map((issue) => [String(issue.path[0] ?? "id"), issue.message]),
          values,
        );
      const context = { actor: await getActor(), ip: await requestIp(), formData, typed: values };
      return (await run(parsed.data, context)) ?? {};
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are how actions finish
      if (error instanceof FieldError)
        return { ...failure([[error.field, error.message]], values), problems: error.problems.length ? error.problems : undefined };
      if (isUserError(error)) return { formError: error.message, values };
      if (isDatabaseUnavailable(error)) {
        noteDatabaseError(error);
        return { formError: "ScanAware cannot reach its database at the moment. Nothing was saved; try again in a few seconds.", values };
      }
      const reqId = requestHeaders.get(REQUEST_ID_HEADER);
      logger.error({ err: error, reqId }, "form action failed");
      return {
        formError: `Something went wrong on our side and nothing was saved. Try again; if it keeps happening, quote ${reqId ?? "the time"}.`,
        values,
      };
    }
  };
}
