/**
 * A web address someone typed, shown in full so the moderator sees exactly where it goes before
 * following it. Anything but http(s) stays plain text; nofollow, because it is not our endorsement.
 */
export function ExternalLink({ url }: { url: string }) {
  if (!/^https?:\/\//i.test(url)) return <span className="break-all">{url}</span>;
  return (
    <a href={url} rel="noopener noreferrer nofollow" className="break-all">
      {url}
    </a>
  );
}

/** A phone number as a link that dials it, and as the digits it was given. */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>;
}
