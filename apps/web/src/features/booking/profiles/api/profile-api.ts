import type { PersonProfile, Skill, UpdatePersonProfileBody } from "@backlot/contracts/booking/profiles";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;

/** Booking data lives under ["org", orgId, "booking", …] so a live resync still reaches it. */
export const profileKeys = {
  profile: (orgId: string, personId: string) => ["org", orgId, "booking", "profile", personId] as const,
  skills: (orgId: string) => ["org", orgId, "booking", "skills"] as const,
};

export function usePersonProfile(orgId: string, personId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: profileKeys.profile(orgId, personId),
    queryFn: () => api<PersonProfile>(`${orgUrl(orgId)}/people/${personId}/profile`),
  });
}

/** The organization's skills, for autocomplete; most used first. */
export function useSkills(orgId: string, enabled = true) {
  return useQuery({
    queryKey: profileKeys.skills(orgId),
    queryFn: () => api<{ items: Skill[] }>(`${orgUrl(orgId)}/skills`),
    select: (r) => [...r.items].sort((a, b) => b.people - a.people || a.name.localeCompare(b.name)),
    staleTime: 60_000,
    enabled,
  });
}

export function useUpdateProfile(orgId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonProfileBody) => api<PersonProfile>(`${orgUrl(orgId)}/people/${personId}/profile`, { method: "PATCH", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(profileKeys.profile(orgId, personId), saved);
      void queryClient.invalidateQueries({ queryKey: profileKeys.skills(orgId) });
      // Rates and skills feed availability, staffing candidates and utilization.
      void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking", "staffing"] });
      void queryClient.invalidateQueries({ queryKey: ["org", orgId, "audit", "person_profile", personId] });
    },
  });
}
