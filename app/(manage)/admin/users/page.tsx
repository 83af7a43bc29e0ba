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

      <form
        action="/admin/users"
        method="get"
        role="search"
        aria-label="Find an account"
        className="no-print flex flex-wrap items-end gap-5 rounded-card border border-line bg-paper-muted p-5"
      >
        <div className="min-w-64 flex-1">
          <Field id="q" label="Email address or name">
            {(props) => <input {...props} name="q" type="search" defaultValue={q} autoComplete="off" className={inputClass} />}
          </Field>
        </div>
        <button type="submit" className="rounded-card bg-brand px-6 py-2.5 text-lg font-bold text-paper hover:bg-brand-dark">
          Find accounts
        </button>
      </form>

      <section aria-label="Accounts" className="space-y-3">
        {users.length === 0 ? (
          <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <h2 className="text-xl font-bold">{q ? `No account matches “${q}”` : "There are no moderators or administrators yet"}</h2>
            <p>{q ? "Check the spelling, or search for part of the email address." : "Find an account above to give it a role."}</p>
          </div>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="pb-3 text-left text-xl font-bold">
                {q ? `Accounts matching “${q}”${users.length >= 50 ? " (the first 50)" : ""}` : "Current moderators and administrators"}
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Account
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Role
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Change the role
                  </th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
