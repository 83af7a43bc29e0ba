/**
 * Whether the requester's email address is on the facility's web domain: a hint, not proof.
 * `websiteFromRequester`: a proposed facility's website was typed by the same person, so it
 * proves even less.
 */
export function DomainHint({
  matches,
  website,
  websiteFromRequester = false,
}: {
  matches: boolean;
  website: string | null;
  websiteFromRequester?: boolean;
}) {
  return (
    <section aria-labelledby="domain-heading" className="space-y-2 rounded-card border-l-8 border-line bg-paper-muted p-5">
      <h2 id="domain-heading" className="text-xl font-bold">
        Email address and website
      </h2>
      <p className="font-semibold">
        {matches
          ? "The requester's email address is on the facility's web domain."
          : website
            ? "The requester's email address is not on the facility's web domain."
            : websiteFromRequester
              ? "The requester gave no website, so there is no domain to compare."
              : "The facility has no website on record, so there is no domain to compare."}
      </p>
      <p>
        This is a hint, not proof. Anyone can register a lookalike domain, and many staff use a personal or group address. Confirm with the
        facility before approving.
      </p>
      {websiteFromRequester && website ? (
        <p>The requester gave this website themselves, so a match shows only that they use that domain.</p>
      ) : null}
    </section>
  );
}
