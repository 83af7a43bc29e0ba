// Errors for API clients as RFC 9457 problem details, naming every invalid parameter.

export interface InvalidParam {
  name: string;
  reason: string;
}

export function problem(status: number, title: string, detail: string, invalidParams?: InvalidParam[]): Response {
  return Response.json(
    { type: "about:blank", title, status, detail, ...(invalidParams ? { invalidParams } : {}) },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

export function invalidParams(errors: Record<string, string | undefined>): Response {
  const params = Object.entries(errors).flatMap(([name, reason]) => (reason ? [{ name, reason }] : []));
  return problem(400, "Invalid query parameters", `${params.map((p) => p.name).join(", ")}: see invalidParams`, params);
}
