import { TextField } from "@/components/forms/fields";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/accounts/schema";

/** The one rule a new password has, said where it is typed. */
export function NewPasswordField({ label }: { label: string }) {
  return (
    <TextField
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Common passwords are refused; a few unrelated words work well.`}
    />
  );
}
