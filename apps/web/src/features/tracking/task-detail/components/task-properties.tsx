import type { TaskStatus } from "@backlot/contracts/tracking/config";
import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { priorityLabels, type Task, type TaskWarning, type UpdateTaskBody } from "@backlot/contracts/tracking/tasks";
import { Alert, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconAlertTriangle, IconCalendar } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { StatusPill } from "../../config/components/status-pill";
import { useUpdateTaskDetail } from "../api/task-detail-api";

/** readOnly: nothing can change here now (the task or its project is archived). */
type Props = { task: Task; statuses: TaskStatus[]; slots: RoleSlot[]; readOnly?: boolean };

const slotLabel = (s: RoleSlot) => (s.personName ? `${s.displayName} — ${s.personName}` : `${s.displayName} (open)`);

/**
 * A task's planning fields, each saved as it changes. Status is progress (artists may move
 * their tasks); assignees, dates, estimate and priority are planning (coordinators).
 */
export function TaskProperties({ task, statuses, slots, readOnly = Boolean(task.archivedAt) }: Props) {
  const { orgId, can } = useCurrentOrg();
  const queryClient = useQueryClient();
  const update = useUpdateTaskDetail(orgId, task);
  const [warnings, setWarnings] = useState<TaskWarning[]>([]);
  const [error, setError] = useState<string | null>(null);
  const canProgress = can("task.progress") && !readOnly;
  const canPlan = can("task.edit") && !readOnly;

  const save = (changes: Omit<UpdateTaskBody, "version">) => {
    setError(null);
    update.mutate(changes, {
      onSuccess: (r) => setWarnings(r.warnings),
      onError: (e) => {
        if (isApiError(e, "version_conflict") && e.problem.current) {
          queryClient.setQueryData(queryKeys.taskDetail(orgId, task.id), e.problem.current);
          setError("Someone changed this task a moment ago. It now shows their version; make your change again if it still applies.");
        } else setError(errorMessage(e));
      },
    });
  };

  const statusOptions = statuses.filter((s) => !s.archivedAt || s.id === task.statusId).map((s) => ({ value: s.id, label: s.name }));
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const slotOptions = slots.filter((s) => !s.archivedAt || task.assigneeSlotIds.includes(s.id)).map((s) => ({ value: s.id, label: slotLabel(s) }));
  const current = byId.get(task.statusId);

  return (
    <Stack gap="sm" data-testid="task-properties">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <PermissionTooltip orgId={orgId} action="task.progress" allowed={can("task.progress")}>
          <Select
            label="Status"
            data={statusOptions}
            value={task.statusId}
            allowDeselect={false}
            disabled={!canProgress || update.isPending}
            onChange={(v) => v && v !== task.statusId && save({ statusId: v })}
            leftSection={current ? <StatusDot color={current.color} /> : undefined}
            renderOption={({ option }) => {
              const s = byId.get(option.value);
              return s ? <StatusPill name={s.name} shortCode={s.shortCode} color={s.color} full size="xs" /> : option.label;
            }}
          />
        </PermissionTooltip>
        <DatePickerInput
          label="Start"
          placeholder="Not set"
          clearable
          valueFormat="D MMM YYYY"
          leftSection={<IconCalendar size={16} />}
          value={task.startDate}
          maxDate={task.dueDate ?? undefined}
          disabled={!canPlan}
          onChange={(v) => save({ startDate: v })}
        />
        <DatePickerInput
          label="Due"
          placeholder="Not set"
          clearable
          valueFormat="D MMM YYYY"
          leftSection={<IconCalendar size={16} />}
          value={task.dueDate}
          minDate={task.startDate ?? undefined}
          disabled={!canPlan}
          onChange={(v) => save({ dueDate: v })}
        />
      </SimpleGrid>
      <Group grow align="flex-start" gap="sm">
        <MultiSelect
          label="Assigned to"
          placeholder={task.assigneeSlotIds.length ? undefined : "Nobody yet"}
          data={slotOptions}
          value={task.assigneeSlotIds}
          searchable
          disabled={!canPlan}
          onChange={(v) => save({ assigneeSlotIds: v })}
          style={{ flex: 2 }}
        />
        <NumberInput
          label="Estimate (hours)"
          placeholder="—"
          min={0}
          max={100_000}
          decimalScale={1}
          defaultValue={task.estimateHours ?? ""}
          key={`est-${task.version}`}
          disabled={!canPlan}
          onBlur={(e) => {
            const raw = e.currentTarget.value.trim();
            const next = raw === "" ? null : Number(raw);
            if (next !== task.estimateHours && (next === null || Number.isFinite(next))) save({ estimateHours: next });
          }}
          maw={150}
        />
        <Select
          label="Priority"
          data={priorityLabels.map((label, i) => ({ value: String(i), label }))}
          value={String(task.priority)}
          allowDeselect={false}
          disabled={!canPlan}
          onChange={(v) => v !== null && Number(v) !== task.priority && save({ priority: Number(v) })}
          maw={130}
        />
      </Group>
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Started before it is ready" data-testid="task-warnings">
          <Stack gap={2}>
            {warnings.map((w) => (
              <Text key={w.code} fz="sm">
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <FormError message={error} />
    </Stack>
  );
}

function StatusDot({ color }: { color: string }) {
  return <span style={{ width: 10, height: 10, borderRadius: 3, background: color, display: "inline-block" }} />;
}
