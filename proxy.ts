import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestId } from "@/lib/request-id";

// Gives every request an id that the app's logs and the response carry. The custom server
// (scripts/lib/serve.ts) sets one first; behind another server (Docker) it is made here.
export function proxy(request: NextRequest) {
  const id = requestId(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
