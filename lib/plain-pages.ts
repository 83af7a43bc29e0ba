// Pages answered before any React renders (by proxy.ts): plain HTML with the site's type and colours.

function plainPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ScanAware</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;color:#0b0c0c;max-width:40rem;margin:4rem auto;padding:0 1rem}h1{font-size:2rem}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** While the database is away. */
export const UNAVAILABLE_HTML = plainPage(
  "Briefly unavailable",
  `<h1>ScanAware is briefly unavailable</h1>
<p>We cannot reach our database just now. Nothing you saw here is lost: please try again in a few seconds.</p>
<p><a href="">Try again</a></p>`,
);

/** A form posted from another site (or with its origin hidden): refused, nothing changed. */
export const CROSS_SITE_HTML = plainPage(
  "Form not accepted",
  `<h1>This form was not accepted</h1>
<p>It was sent from another site, or your browser hid where it came from, so nothing was changed. This protects your account.</p>
<p><a href="/">Open ScanAware</a> and try again from there.</p>`,
);

/** Too many attempts from this address: the form is not even shown the request. */
export const TOO_MANY_HTML = (seconds: number) =>
  plainPage(
    "Too many attempts",
    `<h1>Too many attempts</h1>
<p>There have been too many attempts from your network. For your account's safety, please wait ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""} and try again.</p>
<p><a href="/">Open ScanAware</a></p>`,
  );
