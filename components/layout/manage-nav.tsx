import Link from "next/link";
import type { GlobalRole } from "@/lib/auth/actor";

export function ManageNav({ role }: { role: GlobalRole }) {
  const links = [
    { href: "/manage", label: "My facilities" },
    { href: "/account", label: "Account" },
    ...(role !== "USER"
      ? [
          { href: "/moderation", label: "Moderation queue" },
          { href: "/moderation/audit", label: "Audit log" },
        ]
      : []),
    ...(role === "ADMIN"
      ? [
          { href: "/admin/users", label: "Moderators and admins" },
          { href: "/admin/outbox", label: "Outbox" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Manage" className="no-print border-b border-line pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
