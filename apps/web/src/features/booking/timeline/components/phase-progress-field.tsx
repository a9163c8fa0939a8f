import type { Phase } from "@backlot/contracts/booking/timeline";
import { Progress, Select, Slider, Stack, Text } from "@mantine/core";
import { useProjectConfig } from "../../../tracking/config/api/config-api";

export type ProgressValues = { progress: number; taskTypeId: string | null };

type Props = {
  orgId: string;
  projectId: string;
  phase: Phase | undefined;
  values: ProgressValues;
  onTaskType: (taskTypeId: string | null) => void;
  /** The form's input props for the hand-set progress (value, onChange, error). */
  progressInput: object;
  error?: string;
  canEdit: boolean;
};

/**
 * Progress set by hand, or following a task type of the project (the share of its tasks
 * approved), so "Comp 60%" on the timeline is what the compositors have actually finished.
 */
export function PhaseProgressField({ orgId, projectId, phase, values, onTaskType, progressInput, error, canEdit }: Props) {
  const config = useProjectConfig(orgId, projectId);
  const types = (config.data?.taskTypes ?? []).filter((t) => !t.archivedAt || t.id === values.taskTypeId);
  const followed = types.find((t) => t.id === values.taskTypeId);
  const saved = phase && phase.taskTypeId === values.taskTypeId ? phase.tasks : null;
  return (
    <Stack gap={6}>
      <Select
        label="Progress from"
        data={[{ value: "", label: "Set by hand" }, ...types.map((t) => ({ value: t.id, label: `${t.name} tasks (${t.entityTypeKey})` }))]}
        value={values.taskTypeId ?? ""}
        onChange={(v) => onTaskType(v || null)}
        allowDeselect={false}
        disabled={!canEdit || config.isPending}
        error={config.isError ? "Task types could not be loaded" : error}
        description={config.isPending ? "Loading the project's task types…" : undefined}
      />
      {values.taskTypeId ? (
        <div>
          <Text fz="sm" fw={500} mb={4}>
            Progress: {saved ? `${phase?.progress}%` : "after saving"}
          </Text>
          <Progress value={saved ? (phase?.progress ?? 0) : 0} aria-label="Progress from tasks" />
          <Text fz="xs" c="dimmed" mt={4}>
            {saved
              ? saved.total === 0
                ? `No ${followed?.name ?? ""} tasks in this project yet.`
                : `${saved.approved} of ${saved.total} ${followed?.name ?? ""} tasks approved.`
              : `Follows the ${followed?.name ?? ""} tasks once saved.`}
          </Text>
        </div>
      ) : (
        <div>
          <Text fz="sm" fw={500} mb={4}>
            Progress: {values.progress}%
          </Text>
          <Slider step={5} label={(v) => `${v}%`} disabled={!canEdit} aria-label="Progress" {...progressInput} />
        </div>
      )}
    </Stack>
  );
}
