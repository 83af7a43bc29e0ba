import { checkReadiness } from "@/lib/health/data";

export const dynamic = "force-dynamic";

// Readiness: the database answers and every migration in prisma/migrations is applied.
export async function GET() {
  const readiness = await checkReadiness();
  if (readiness.ready) {
    return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(
    { status: "not ready", ...readiness },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}
