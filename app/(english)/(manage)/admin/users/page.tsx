import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import { NoAccess, loadForPage } from "@/components/layout/no-access";
import { RoleForm } from "@/components/moderation/role-form";
import { Field, inputClass } from "@/components/ui/field";
import { listUsers } from "@/lib/accounts/data-admin";
import { GLOBAL_ROLE_LABELS } from "@/lib/accounts/schema-admin";
import { requireActor } from "@/lib/auth/session";
import { firstValues } from "@/lib/facilities/search-params";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Moderators and administrators" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = (firstValues(await searchParams).q ?? "").trim().slice(0, 254);
  const actor = await requireActor("/admin/users");
  const result = await loadForPage(() => listUsers(actor, q));
  if (!result) return <NoAccess />;
  const users = result.data;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold">Moderators and administrators</h1>
        <p className="max-w-3xl">
          Moderators review claims and new facilities and read the audit log. Administrators can also change roles and read the outbox. Find
          an account to change its role; every change is recorded in the audit log.
        </p>
      </div>

      <FilterForm action="/admin/users" label="Find an account" submitLabel="Find accounts">
        <div className="min-w-64 flex-1">
          <Field id="q" label="Email address or name">
            {(props) => <input {...props} name="q" type="search" defaultValue={q} autoComplete="off" className={inputClass} />}
          </Field>
        </div>
      </FilterForm>

      <section aria-label="Accounts" className="space-y-3">
        {users.length === 0 ? (
          <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <h2 className="text-xl font-bold">{q ? `No account matches “${q}”` : "There are no moderators or administrators yet"}</h2>
            <p>{q ? "Check the spelling, or search for part of the email address." : "Find an account above to give it a role."}</p>
          </div>
        ) : (
          <DataTable
            caption={q ? `Accounts matching “${q}”${users.length >= 50 ? " (the first 50)" : ""}` : "Current moderators and administrators"}
            columns={["Account", "Role", "Change the role"]}
          >
            {users.map((user) => (
              <tr key={user.id} className="border-b border-line align-top">
                <td className="py-3 pr-4">
                  <div className="font-semibold">{user.name}</div>
                  <div className="break-all">{user.email}</div>
                  <div className="text-base text-ink-muted">
                    Joined {formatDate(user.createdAt)}
                    {user.emailVerifiedAt ? "" : " · email address not verified"}
                  </div>
                </td>
                <td className="py-3 pr-4">{GLOBAL_ROLE_LABELS[user.role]}</td>
                <td className="py-3 pr-4">
                  {user.id === actor.id ? (
                    <p>This is you. Another administrator must change your role.</p>
                  ) : (
                    <RoleForm userId={user.id} email={user.email} role={user.role} />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
