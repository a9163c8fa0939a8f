import type { CreatePersonBody, Person, UpdatePersonBody } from "@backlot/contracts/core/people";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type PersonStatus = "active" | "inactive" | "archived" | "all";
export type PeopleFilters = { q: string; department: string | null; status: PersonStatus };

type Page = { items: Person[]; nextCursor: string | null };

const peopleUrl = (orgId: string) => `/api/v1/organizations/${orgId}/people`;

export function usePeople(orgId: string, filters: PeopleFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.peopleLists(orgId), filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page>(peopleUrl(orgId), {
        query: {
          q: filters.q.trim() || undefined,
          department: filters.department ?? undefined,
          status: filters.status,
          limit: 50,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDepartments(orgId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.departments(orgId),
    queryFn: () => api<{ items: string[] }>(`${peopleUrl(orgId)}/departments`),
    select: (r) => r.items,
    staleTime: 60_000,
  });
}

export function usePerson(orgId: string, personId: string) {
  return useQuery({
    queryKey: queryKeys.person(orgId, personId),
    queryFn: () => api<Person>(`${peopleUrl(orgId)}/${personId}`),
  });
}

function usePersonSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (person: Person) => {
    queryClient.setQueryData(queryKeys.person(orgId, person.id), person);
    void queryClient.invalidateQueries({ queryKey: queryKeys.peopleLists(orgId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.departments(orgId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "person", person.id) });
  };
}

export function useCreatePerson(orgId: string) {
  const onSuccess = usePersonSaved(orgId);
  return useMutation({
    mutationFn: (body: CreatePersonBody) => api<Person>(peopleUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdatePerson(orgId: string, personId: string) {
  const onSuccess = usePersonSaved(orgId);
  return useMutation({
    mutationFn: (body: UpdatePersonBody) => api<Person>(`${peopleUrl(orgId)}/${personId}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useArchivePerson(orgId: string, personId: string) {
  const onSuccess = usePersonSaved(orgId);
  return useMutation({
    mutationFn: ({ archive, version }: { archive: boolean; version: number }) =>
      api<Person>(`${peopleUrl(orgId)}/${personId}/${archive ? "archive" : "restore"}`, {
        method: "POST",
        body: { version },
      }),
    onSuccess,
  });
}
