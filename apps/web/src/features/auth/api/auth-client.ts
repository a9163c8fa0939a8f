import { createAuthClient } from "better-auth/react";

/** Better Auth on the same origin; sessions are httpOnly cookies. */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: "/api/auth",
});

type AuthErrorLike = {
  message?: string;
  detail?: string;
  statusText?: string;
  status?: number;
} | null;

/** The clearest message Better Auth (or our problem-JSON wrapper) gave for a failure. */
export function authErrorMessage(error: AuthErrorLike, fallback: string): string {
  if (!error) return fallback;
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  return error.detail || error.message || error.statusText || fallback;
}
