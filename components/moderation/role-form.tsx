"use client";

import { ActionForm, useFieldState } from "@/components/forms/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { setUserRoleAction } from "@/lib/accounts/actions-admin";
import { GLOBAL_ROLE_LABELS, GLOBAL_ROLES } from "@/lib/accounts/schema-admin";
import type { GlobalRole } from "@/lib/auth/actor";

/**
 * One account's role. Each row of the list has its own form, so the select's id carries the
 * account's id (SelectField would give every row the same id, "role").
 */
export function RoleForm({ userId, email, role }: { userId: string; email: string; role: GlobalRole }) {
  return (
    <ActionForm action={setUserRoleAction} submitLabel="Change role" tone="secondary" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <RoleSelect id={`role-${userId}`} email={email} role={role} />
    </ActionForm>
  );
}

function RoleSelect({ id, email, role }: { id: string; email: string; role: GlobalRole }) {
  const { error, value } = useFieldState("role");
  return (
    <Field id={id} label={`Role for ${email}`} error={error}>
      {(props) => (
        <select {...props} key={value} name="role" defaultValue={value ?? role} className={inputClass}>
          {GLOBAL_ROLES.map((option) => (
            <option key={option} value={option}>
              {GLOBAL_ROLE_LABELS[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
