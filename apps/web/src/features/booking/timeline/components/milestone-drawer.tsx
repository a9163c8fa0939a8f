import type { Milestone, Timeline } from "@backlot/contracts/booking/timeline";
import { Checkbox, Drawer, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import dayjs from "dayjs";
import { notifications } from "@mantine/notifications";
import { IconCalendar } from "@tabler/icons-react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { type MilestoneInput, useCreateMilestone, useDeleteMilestone, useUpdateMilestone } from "../api/timeline-api";
import { DrawerActions } from "./drawer-actions";

type Props = {
  orgId: string;
  projectId: string;
  timeline: Timeline;
  /** The milestone to edit, or null to add one. */
  milestoneId: string | null;
  opened: boolean;
  canEdit: boolean;
  onClose: () => void;
};

type Values = { name: string; date: string | null; phaseId: string | null; done: boolean; notes: string };

/** A new milestone defaults to the end of the timeline (or today). */
const valuesOf = (m: Milestone | undefined, lastEnd: string | null): Values => ({
  name: m?.name ?? "",
  date: m?.date ?? lastEnd ?? dayjs().format("YYYY-MM-DD"),
  phaseId: m?.phaseId ?? null,
  done: m?.done ?? false,
  notes: m?.notes ?? "",
});

function MilestoneForm({ orgId, projectId, timeline, milestoneId, canEdit, onClose }: Omit<Props, "opened">) {
  const milestone = timeline.milestones.find((m) => m.id === milestoneId);
  const create = useCreateMilestone(orgId, projectId);
  const update = useUpdateMilestone(orgId, projectId);
  const remove = useDeleteMilestone(orgId, projectId);
  const mutation = milestone ? update : create;
  const form = useForm<Values>({
    initialValues: valuesOf(
      milestone,
      timeline.phases
        .map((p) => p.endDate)
        .sort()
        .at(-1) ?? null,
    ),
    validate: { name: (v) => (v.trim() ? null : "Name the milestone, e.g. Picture lock"), date: (v) => (v ? null : "Pick the day") },
  });
  const submit = form.onSubmit((v) => {
    const body: MilestoneInput = { name: v.name.trim(), date: v.date ?? "", phaseId: v.phaseId, done: v.done, notes: v.notes.trim() || null };
    const onError = (e: unknown) => isApiError(e) && form.setErrors(e.fieldErrors());
    const onSuccess = (m: Milestone) => {
      notifications.show({ color: "teal", message: `${m.name} ${milestone ? "saved" : "added"}.` });
      onClose();
    };
    if (milestone) update.mutate({ id: milestone.id, version: milestone.version, ...body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  });
  const generalError = mutation.error && !(isApiError(mutation.error) && mutation.error.problem.errors?.length) ? errorMessage(mutation.error) : null;
  return (
    <form onSubmit={submit} noValidate aria-label={milestone ? "Edit milestone" : "Add milestone"}>
      <Stack gap="sm">
        <FormError message={generalError ?? (remove.error ? errorMessage(remove.error) : null)} />
        <TextInput label="Name" withAsterisk placeholder="e.g. Client delivery" data-autofocus disabled={!canEdit} {...form.getInputProps("name")} />
        <DatePickerInput
          label="Date"
          withAsterisk
          leftSection={<IconCalendar size={16} />}
          valueFormat="D MMM YYYY"
          disabled={!canEdit}
          {...form.getInputProps("date")}
        />
        <Select
          label="Closes phase"
          description="Optional: drawn as an arrow from that phase"
          placeholder="None"
          clearable
          data={timeline.phases.map((p) => ({ value: p.id, label: p.name }))}
          disabled={!canEdit}
          {...form.getInputProps("phaseId")}
        />
        <Checkbox label="Reached" disabled={!canEdit} {...form.getInputProps("done", { type: "checkbox" })} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} disabled={!canEdit} {...form.getInputProps("notes")} />
        {canEdit && (
          <DrawerActions
            onDelete={milestone ? () => remove.mutate(milestone.id, { onSuccess: onClose }) : undefined}
            deleting={remove.isPending}
            onCancel={onClose}
            submitLabel={milestone ? "Save milestone" : "Add milestone"}
            saving={mutation.isPending}
          />
        )}
      </Stack>
    </form>
  );
}

export function MilestoneDrawer(props: Props) {
  const milestone = props.timeline.milestones.find((m) => m.id === props.milestoneId);
  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      position="right"
      size="md"
      title={<Text fw={650}>{milestone ? milestone.name : "Add milestone"}</Text>}
    >
      {props.opened && <MilestoneForm key={`${props.milestoneId}-${milestone?.version ?? 0}`} {...props} />}
    </Drawer>
  );
}
