import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints: the single sign-on redirects and callbacks, CSRF token, session.
// Password sign-in does not pass through here (no Credentials provider): lib/accounts/actions.ts.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
