import { getActor } from "@/lib/auth/session";
import { ManageNav } from "@/components/layout/manage-nav";

// Pages for facility teams, moderators and administrators. Each page checks its own access
// through the data layer; this layout only shows where one can go.
export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <div className="flex flex-col gap-8">
      {actor ? <ManageNav role={actor.role} /> : null}
      {children}
    </div>
  );
}
