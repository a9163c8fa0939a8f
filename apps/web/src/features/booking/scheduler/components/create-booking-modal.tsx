import { Alert, Button, Group, List, Modal, SegmentedControl, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { useProjects } from "../../../tracking/projects/api/projects-api";
import { conflictsOf, describeConflict } from "../../bookings/api/booking-labels";
import { useCreateBooking } from "../../bookings/api/bookings-api";
import { formatDayRange } from "../api/calendar-days";
import type { TimelineRow } from "../api/timeline";

export type NewBooking = { row: TimelineRow; startDate: string; endDate: string };

type Props = {
  orgId: string;
  draft: NewBooking | null;
  lastProjectId: string | null;
  onClose: () => void;
  onCreated: (projectId: string) => void;
};

/** The small dialog a drag on empty days opens: which project, hold or confirmed, and a note. */
export function CreateBookingModal({ orgId, draft, lastProjectId, onClose, onCreated }: Props) {
  return (
    <Modal opened={draft !== null} onClose={onClose} title="New booking" size="md">
      {draft && <CreateBookingForm key={`${draft.row.key}-${draft.startDate}-${draft.endDate}`} {...{ orgId, draft, lastProjectId, onClose, onCreated }} />}
    </Modal>
  );
}

function CreateBookingForm({ orgId, draft, lastProjectId, onClose, onCreated }: Props & { draft: NewBooking }) {
  const projects = useProjects(orgId, { q: "", status: "open" });
  const options = (projects.data?.pages ?? []).flatMap((p) => p.items).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const [projectId, setProjectId] = useState<string | null>(lastProjectId);
  const [status, setStatus] = useState<"hold" | "confirmed">("hold");
  const [notes, setNotes] = useState("");
  const create = useCreateBooking(orgId);
  const conflicts = conflictsOf(create.error);
  const { row } = draft;

  const submit = () => {
    if (!projectId) return;
    const target =
      row.kind === "placeholder" ? { roleSlotId: row.roleSlotId } : row.kind === "person" ? { personId: row.bookableId } : { resourceId: row.bookableId };
    create.mutate(
      { projectId, ...target, startDate: draft.startDate, endDate: draft.endDate, status, notes: notes.trim() || null },
      {
        onSuccess: (booking) => {
          onCreated(projectId);
          onClose();
          const open = booking.challenges.filter((c) => c.status === "open");
          if (open.length > 0)
            notifications.show({
              color: "orange",
              title: "Challenge opened",
              message: `${open.length} higher pencil${open.length === 1 ? "" : "s"} must confirm or release first; this booking stays a hold until then.`,
            });
        },
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Text fz="sm">
          <Text span fw={600}>
            {row.name}
          </Text>{" "}
          · {formatDayRange(draft.startDate, draft.endDate)}
        </Text>
        <Select
          label="Project"
          placeholder={projects.isPending ? "Loading projects…" : "Pick a project"}
          data={options}
          value={projectId}
          onChange={setProjectId}
          searchable
          required
          data-autofocus
          nothingFoundMessage="No open project matches"
        />
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as "hold" | "confirmed")}
          data={[
            { value: "hold", label: "Hold (pencil)" },
            { value: "confirmed", label: "Confirmed" },
          ]}
          aria-label="Status"
        />
        <Textarea label="Notes" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxRows={5} maxLength={5000} />
        {conflicts.length > 0 ? (
          <Alert color="orange" variant="light" title={`${row.name} is already booked`} role="alert">
            <List size="sm">
              {conflicts.map((c) => (
                <List.Item key={c.id}>{describeConflict(c, row.timeZone)}</List.Item>
              ))}
            </List>
            <Text fz="xs" mt={4}>
              Book it as a hold instead, or pick other days.
            </Text>
          </Alert>
        ) : (
          <FormError message={create.error ? errorMessage(create.error) : null} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!projectId}>
            {status === "hold" ? "Pencil in" : "Book"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
