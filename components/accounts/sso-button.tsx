"use client";

import { signIn } from "next-auth/react";
import { buttonClass } from "@/components/ui/button";

/** Single sign-on runs next-auth's OpenID Connect flow, which needs its CSRF dance in the browser. */
export function SsoButton({ name, next }: { name: string; next: string }) {
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => void signIn("oidc", { callbackUrl: next })}>
        Sign in with {name}
      </button>
      <noscript>
        <p>Signing in with {name} needs JavaScript; the email and password form above works without it.</p>
      </noscript>
    </>
  );
}
