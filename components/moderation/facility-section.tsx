import Link from "next/link";
import { DetailList } from "@/components/moderation/detail-list";

/** "The facility" on a moderator's page: its name (linking to its public page) and place, then
 * what the page adds about it. */
export function FacilitySection({
  facility,
  items,
  children,
}: {
  facility: { name: string; slug: string; city: string; state: string };
  items: [string, React.ReactNode][];
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="facility-heading" className="space-y-3">
      <h2 id="facility-heading" className="text-2xl font-bold">
        The facility
      </h2>
      <DetailList
        items={[
          [
            "Name",
            <Link key="name" href={`/facilities/${facility.slug}`}>
              {facility.name}
            </Link>,
          ],
          ["Place", `${facility.city}, ${facility.state}`],
          ...items,
        ]}
      />
      {children}
    </section>
  );
}
