// Liveness: the process is up and serving. Never touches the database, so a database outage
// does not get a healthy app restarted.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
