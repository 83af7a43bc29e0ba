import type { Metadata } from "next";
import { NoAccess, loadForPage } from "@/components/layout/no-access";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format-time";
import { listOutbox } from "@/lib/mail/data";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const actor = await requireActor("/admin/outbox");
  const result = await loadForPage(() => listOutbox(actor));
  if (!result) return <NoAccess />;
  const messages = result.data;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold">Outbox</h1>
        <div className="max-w-3xl space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5">
          <h2 className="text-xl font-bold">Why this page exists</h2>
          <p>
            This installation has no mail server configured (the <code>SMTP_URL</code> setting is empty), which is usual for a local
            install. ScanAware keeps each email it would have sent here instead, so you can copy a verification, password or invitation link
            and pass it on yourself.
          </p>
          <p>
            Only administrators can see this page, because these messages contain links that sign people in. Treat them like passwords. Once{" "}
            <code>SMTP_URL</code> is set, mail is sent and no longer kept here.
          </p>
        </div>
      </div>

      <section aria-labelledby="messages-heading" className="space-y-6">
        <h2 id="messages-heading" className="text-2xl font-bold">
          {messages.length >= 100 ? "The newest 100 messages" : messages.length === 1 ? "1 message" : `${messages.length} messages`}
        </h2>
        {messages.length === 0 ? (
          <p role="status">The outbox is empty: no email has been kept yet.</p>
        ) : (
          <ol className="space-y-6">
            {messages.map((message) => (
              <li key={message.id}>
                <article aria-labelledby={`subject-${message.id}`} className="space-y-3 rounded-card border border-line p-5">
                  <h3 id={`subject-${message.id}`} className="text-xl font-bold">
                    {message.subject}
                  </h3>
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[6rem_1fr]">
                    <dt className="font-semibold">To</dt>
                    <dd className="break-all">{message.to}</dd>
                    <dt className="font-semibold">Kept on</dt>
                    <dd>
                      <time dateTime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt)}</time>
                    </dd>
                  </dl>
                  <pre className="overflow-x-auto rounded bg-paper-muted p-4 font-mono text-base whitespace-pre-wrap break-words">
                    {message.text}
                  </pre>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
