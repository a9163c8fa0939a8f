import type { CreateOrganizationBody, Organization, UpdateOrganizationBody } from "@backlot/contracts/core/organizations";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

const base = "/api/v1/organizations";

export function useOrganizations() {
  return useQuery({
    queryKey: queryKeys.organizations,
    queryFn: () => api<{ items: Organization[]; nextCursor: string | null }>(base, { query: { limit: 200 } }),
    select: (page) => page.items,
  });
}

export function useOrganization(orgId: string) {
  return useQuery({
    queryKey: queryKeys.organization(orgId),
    queryFn: () => api<Organization>(`${base}/${orgId}`),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationBody) => api<Organization>(base, { method: "POST", body, idempotent: true }),
    onSuccess: async (org) => {
      queryClient.setQueryData(queryKeys.organization(org.id), org);
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.me }), queryClient.invalidateQueries({ queryKey: queryKeys.organizations })]);
    },
  });
}

export function useUpdateOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => api<Organization>(`${base}/${orgId}`, { method: "PATCH", body }),
    onSuccess: (org) => {
      queryClient.setQueryData(queryKeys.organization(orgId), org);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "organization", orgId) });
    },
  });
}

/** Time zones this browser knows, with the browser's own first. */
export function timeZoneOptions(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const zones = supported ? supported("timeZone") : ["UTC", "Europe/London", "America/New_York"];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export const commonCurrencies = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "JPY",
  "CNY",
  "KRW",
  "INR",
  "SGD",
  "HKD",
  "TWD",
  "THB",
  "VND",
  "IDR",
  "MYR",
  "PHP",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "BRL",
  "MXN",
  "ZAR",
  "AED",
  "ILS",
];
