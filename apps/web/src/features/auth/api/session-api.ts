import type { Me } from "@backlot/contracts/core/authz";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api, isApiError } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { authClient } from "./auth-client";

/** The signed-in user and memberships, or null when signed out. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>("/api/v1/me");
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 30_000 });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await authClient.signOut();
    queryClient.clear();
    queryClient.setQueryData(queryKeys.me, null);
  }, [queryClient]);
}

/** Where to go after signing in: a same-origin path only, never an external URL. */
export function safeNext(next: string | null): string {
  // "//host" and "/\host" are protocol-relative URLs to another site.
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

const lastOrgKey = "backlot.lastOrg";

export function rememberOrg(orgId: string) {
  try {
    localStorage.setItem(lastOrgKey, orgId);
  } catch {
    /* storage may be disabled; the first organization is a fine default */
  }
}

export function lastOrg(): string | null {
  try {
    return localStorage.getItem(lastOrgKey);
  } catch {
    return null;
  }
}
