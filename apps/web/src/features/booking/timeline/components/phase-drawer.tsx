import type { CascadeMode, Phase, PhaseChangeResult, Timeline } from "@backlot/contracts/booking/timeline";
import { ColorInput, Divider, Drawer, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import dayjs from "dayjs";
import { notifications } from "@mantine/notifications";
import { IconCalendar } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../../components/confirm-dialog";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { type PhaseInput, useCreatePhase, useDeletePhase, useUpdatePhase } from "../api/timeline-api";
import { DrawerActions } from "./drawer-actions";
import { PhaseLinks } from "./phase-links";
import { PhaseProgressField, type ProgressValues } from "./phase-progress-field";

export const swatches = ["#4c6ef5", "#1c7ed6", "#0ca678", "#37b24d", "#f59f00", "#f76707", "#e64980", "#7950f2", "#868e96"];

type Props = {
  orgId: string;
  projectId: string;
  timeline: Timeline;
  /** The phase to edit, or null to add one. */
  phaseId: string | null;
  opened: boolean;
  canEdit: boolean;
  cascade: CascadeMode;
  onSaved: (r: PhaseChangeResult) => void;
  onClose: () => void;
};

type Values = ProgressValues & { name: string; startDate: string | null; endDate: string | null; color: string; notes: string };

/** A new phase goes after the last one (or starts today), two weeks long: drag it into place after. */
function valuesOf(p: Phase | undefined, lastEnd: string | null): Values {
  const start = lastEnd ? dayjs(lastEnd).add(1, "day") : dayjs();
  return {
    name: p?.name ?? "",
    startDate: p?.startDate ?? start.format("YYYY-MM-DD"),
    endDate: p?.endDate ?? start.add(13, "day").format("YYYY-MM-DD"),
    color: p?.color ?? "#4c6ef5",
    progress: p?.progress ?? 0,
    taskTypeId: p?.taskTypeId ?? null,
    notes: p?.notes ?? "",
  };
}

function PhaseForm({ orgId, projectId, timeline, phaseId, canEdit, cascade, onSaved, onClose }: Omit<Props, "opened">) {
  const phase = timeline.phases.find((p) => p.id === phaseId);
  const lastEnd =
    timeline.phases
      .map((p) => p.endDate)
      .sort()
      .at(-1) ?? null;
  const create = useCreatePhase(orgId, projectId);
  const update = useUpdatePhase(orgId, projectId);
  const remove = useDeletePhase(orgId, projectId);
  const [confirming, setConfirming] = useState(false);
  const mutation = phase ? update : create;
  const form = useForm<Values>({
    initialValues: valuesOf(phase, lastEnd),
    validate: {
      name: (v) => (v.trim() ? null : "Name the phase, e.g. Shoot"),
      startDate: (v) => (v ? null : "Pick the first day"),
      endDate: (v, values) => (!v ? "Pick the last day" : values.startDate && v < values.startDate ? "The end date is before the start date" : null),
    },
  });

  const submit = form.onSubmit((v) => {
    const body: PhaseInput = {
      name: v.name.trim(),
      startDate: v.startDate ?? "",
      endDate: v.endDate ?? "",
      color: v.color,
      taskTypeId: v.taskTypeId,
      // Following a task type, progress comes from the tasks: the server refuses a hand-set one.
      ...(v.taskTypeId ? {} : { progress: v.progress }),
      notes: v.notes.trim() || null,
    };
    const onError = (e: unknown) => isApiError(e) && form.setErrors(e.fieldErrors());
    if (phase)
      update.mutate(
        { id: phase.id, version: phase.version, cascade, ...body },
        {
          onSuccess: (r) => {
            onSaved(r);
            notifications.show({ color: "teal", message: `${r.phase.name} saved.` });
            onClose();
          },
          onError,
        },
      );
    else
      create.mutate(body, {
        onSuccess: (p) => {
          notifications.show({ color: "teal", message: `${p.name} added to the timeline.` });
          onClose();
        },
        onError,
      });
  });

  const generalError = mutation.error && !(isApiError(mutation.error) && mutation.error.problem.errors?.length) ? errorMessage(mutation.error) : null;
  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate aria-label={phase ? "Edit phase" : "Add phase"}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <TextInput label="Name" withAsterisk placeholder="e.g. Shot production" data-autofocus disabled={!canEdit} {...form.getInputProps("name")} />
          <Group grow gap="sm">
            <DatePickerInput
              label="Starts"
              withAsterisk
              leftSection={<IconCalendar size={16} />}
              valueFormat="D MMM YYYY"
              disabled={!canEdit}
              {...form.getInputProps("startDate")}
            />
            <DatePickerInput
              label="Ends"
              withAsterisk
              leftSection={<IconCalendar size={16} />}
              valueFormat="D MMM YYYY"
              minDate={form.getValues().startDate ?? undefined}
              disabled={!canEdit}
              {...form.getInputProps("endDate")}
            />
          </Group>
          <ColorInput label="Colour" swatches={swatches} swatchesPerRow={9} disallowInput={false} disabled={!canEdit} {...form.getInputProps("color")} />
          <PhaseProgressField
            orgId={orgId}
            projectId={projectId}
            phase={phase}
            values={form.getValues()}
            onTaskType={(id) => form.setFieldValue("taskTypeId", id)}
            progressInput={form.getInputProps("progress")}
            error={form.errors.taskTypeId as string | undefined}
            canEdit={canEdit}
          />
          <Textarea label="Notes" autosize minRows={2} maxRows={6} disabled={!canEdit} {...form.getInputProps("notes")} />
          {phase && (form.isDirty("startDate") || form.isDirty("endDate")) ? (
            <Text fz="xs" c="dimmed">
              {cascade === "move"
                ? "Phases that wait for this one will move if they would start too early."
                : "Only this phase moves; you will be told what it breaks."}
            </Text>
          ) : null}
          {canEdit && (
            <DrawerActions
              onDelete={phase ? () => setConfirming(true) : undefined}
              onCancel={onClose}
              submitLabel={phase ? "Save phase" : "Add phase"}
              saving={mutation.isPending}
            />
          )}
        </Stack>
      </form>
      {phase && (
        <>
          <Divider my="xs" />
          <PhaseLinks orgId={orgId} projectId={projectId} timeline={timeline} phase={phase} canEdit={canEdit} />
          <ConfirmDialog
            opened={confirming}
            title={`Delete ${phase.name}?`}
            message="Its links go with it; milestones that close it stay on the timeline."
            confirmLabel="Delete phase"
            loading={remove.isPending}
            error={remove.error ? <FormError message={errorMessage(remove.error)} /> : null}
            onConfirm={() =>
              remove.mutate(phase.id, {
                onSuccess: () => {
                  setConfirming(false);
                  onClose();
                },
              })
            }
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </Stack>
  );
}

export function PhaseDrawer(props: Props) {
  const phase = props.timeline.phases.find((p) => p.id === props.phaseId);
  return (
    <Drawer opened={props.opened} onClose={props.onClose} position="right" size="md" title={<Text fw={650}>{phase ? phase.name : "Add phase"}</Text>}>
      {props.opened && <PhaseForm key={`${props.phaseId}-${phase?.version ?? 0}`} {...props} />}
    </Drawer>
  );
}
