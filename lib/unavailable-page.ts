// The page shown while the database is away. Plain HTML: it is answered before any React renders.
export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Briefly unavailable · ScanAware</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;color:#0b0c0c;max-width:40rem;margin:4rem auto;padding:0 1rem}h1{font-size:2rem}</style>
</head>
<body>
<main>
<h1>ScanAware is briefly unavailable</h1>
<p>We cannot reach our database just now. Nothing you saw here is lost: please try again in a few seconds.</p>
<p><a href="">Try again</a></p>
</main>
</body>
</html>`;
