"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const STEPS = [
  { path: "", label: "Overview" },
  { path: "/practices", label: "1. Facility practices" },
  { path: "/tools", label: "2. AI tools" },
  { path: "/breaches", label: "3. Breaches" },
  { path: "/review", label: "4. Review and publish" },
];

/** The steps of the disclosure, the current one marked for screen readers too. */
export function StepNav({ facilityId }: { facilityId: string }) {
  const pathname = usePathname();
  const base = `/manage/${facilityId}/disclosure`;
  return (
    <nav aria-label="Disclosure steps" className="no-print">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 border-b border-line pb-3">
        {STEPS.map((step) => {
          const href = base + step.path;
          const current = step.path ? pathname.startsWith(href) : pathname === href;
          return (
            <li key={step.path}>
              <Link
                href={href}
                aria-current={current ? "step" : undefined}
                className="aria-[current=step]:font-bold aria-[current=step]:no-underline"
              >
                {step.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
