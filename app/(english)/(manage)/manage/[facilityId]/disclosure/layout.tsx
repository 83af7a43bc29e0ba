import { StepNav } from "@/components/disclosures/form/step-nav";

type Props = { children: React.ReactNode; params: Promise<{ facilityId: string }> };

export default async function DisclosureEditorLayout({ children, params }: Props) {
  const { facilityId } = await params;
  return (
    <div className="flex flex-col gap-6">
      <StepNav facilityId={facilityId} />
      {children}
    </div>
  );
}
