import type { CascadeMode, Milestone, Phase, PhaseChangeResult, PhaseDependency, Timeline } from "@backlot/contracts/booking/timeline";
import type { LiveEvent } from "@backlot/contracts/core/events";
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

/** Every project timeline of an organization sits under one key, so a link event (which names no project) refreshes them all. */
export const timelineKeys = {
  all: (orgId: string) => [...queryKeys.org(orgId), "timeline"] as const,
  project: (orgId: string, projectId: string) => [...queryKeys.org(orgId), "timeline", projectId] as const,
};

const url = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}/timeline`;

export function useTimeline(orgId: string, projectId: string) {
  return useQuery({ queryKey: timelineKeys.project(orgId, projectId), queryFn: ({ signal }) => api<Timeline>(url(orgId, projectId), { signal }) });
}

/** Puts saved phases and milestones into the cached timeline at once (their new versions let the next drag save). */
function usePatchTimeline(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (change: { phases?: Phase[]; milestones?: Milestone[] }) =>
    queryClient.setQueryData<Timeline>(timelineKeys.project(orgId, projectId), (old) => {
      if (!old) return old;
      const phases = new Map((change.phases ?? []).map((p) => [p.id, p]));
      const milestones = new Map((change.milestones ?? []).map((m) => [m.id, m]));
      return {
        ...old,
        phases: old.phases.map((p) => phases.get(p.id) ?? p),
        milestones: old.milestones.map((m) => milestones.get(m.id) ?? m),
      };
    });
}

/** Any mutation of the timeline: refetch it after (and on failure, so a dragged bar snaps back to the truth). */
function useTimelineMutation<Vars, Out>(orgId: string, projectId: string, fn: (vars: Vars) => Promise<Out>, onSaved?: (out: Out) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `timeline-${projectId}` },
    mutationFn: fn,
    onSuccess: (out) => onSaved?.(out),
    onSettled: () => queryClient.invalidateQueries({ queryKey: timelineKeys.project(orgId, projectId) }),
  });
}

export type PhaseInput = Pick<Phase, "name" | "startDate" | "endDate" | "color" | "taskTypeId"> & { progress?: number; notes: string | null };

export function useCreatePhase(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (body: PhaseInput) => api<Phase>(`${url(orgId, projectId)}/phases`, { method: "POST", body, idempotent: true }));
}

export type PhaseUpdate = Partial<PhaseInput> & { id: string; version: number; cascade: CascadeMode };

export function useUpdatePhase(orgId: string, projectId: string) {
  const patch = usePatchTimeline(orgId, projectId);
  return useTimelineMutation(
    orgId,
    projectId,
    ({ id, ...body }: PhaseUpdate) => api<PhaseChangeResult>(`${url(orgId, projectId)}/phases/${id}`, { method: "PATCH", body }),
    (r) => patch({ phases: [r.phase, ...r.moved] }),
  );
}

export function useDeletePhase(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (id: string) => api<void>(`${url(orgId, projectId)}/phases/${id}`, { method: "DELETE" }));
}

export type MilestoneInput = Pick<Milestone, "name" | "date" | "phaseId" | "done"> & { notes: string | null };

export function useCreateMilestone(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (body: MilestoneInput) =>
    api<Milestone>(`${url(orgId, projectId)}/milestones`, { method: "POST", body, idempotent: true }),
  );
}

export function useUpdateMilestone(orgId: string, projectId: string) {
  const patch = usePatchTimeline(orgId, projectId);
  return useTimelineMutation(
    orgId,
    projectId,
    ({ id, ...body }: Partial<MilestoneInput> & { id: string; version: number }) =>
      api<Milestone>(`${url(orgId, projectId)}/milestones/${id}`, { method: "PATCH", body }),
    (m) => patch({ milestones: [m] }),
  );
}

export function useDeleteMilestone(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (id: string) => api<void>(`${url(orgId, projectId)}/milestones/${id}`, { method: "DELETE" }));
}

export function useAddPhaseDependency(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (body: { predecessorId: string; successorId: string; lagDays: number }) =>
    api<PhaseDependency>(`${url(orgId, projectId)}/dependencies`, { method: "POST", body, idempotent: true }),
  );
}

export function useRemovePhaseDependency(orgId: string, projectId: string) {
  return useTimelineMutation(orgId, projectId, (id: string) => api<void>(`${url(orgId, projectId)}/dependencies/${id}`, { method: "DELETE" }));
}

/** Live timeline changes (and task changes, for progress): refetch the timelines (a handful of rows each); false for other record types. */
export function applyTimelineEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  const projectId = (event.data as { projectId?: string } | undefined)?.projectId;
  // A task's status moves the progress of the phases that follow its type; the tracking views handle the rest.
  if (event.recordType === "task" && projectId) void queryClient.invalidateQueries({ queryKey: timelineKeys.project(orgId, projectId) });
  if (!event.recordType.startsWith("timeline_")) return false;
  void queryClient.invalidateQueries({ queryKey: projectId ? timelineKeys.project(orgId, projectId) : timelineKeys.all(orgId) });
  return true;
}
