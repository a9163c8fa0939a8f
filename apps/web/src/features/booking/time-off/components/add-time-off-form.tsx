import type { TimeOff } from "@backlot/contracts/booking/profiles";
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useAddTimeOff } from "../api/time-off-api";
import { DayInput } from "./day-input";
import { kindOptions } from "./time-off-labels";

type Values = { startDate: string | null; endDate: string | null; kind: TimeOff["kind"]; note: string };
type Props = { orgId: string; personId: string; onDone: () => void };

/** Whole days off, in the person's own time zone. */
export function AddTimeOffForm({ orgId, personId, onDone }: Props) {
  const add = useAddTimeOff(orgId, personId);
  const form = useForm<Values>({ initialValues: { startDate: null, endDate: null, kind: "vacation", note: "" } });
  const submit = form.onSubmit((v) => {
    add.mutate(
      { startDate: v.startDate ?? undefined, endDate: (v.endDate ?? v.startDate) || undefined, kind: v.kind, note: v.note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: "Time off added." });
          onDone();
        },
        onError: (error) => isApiError(error) && form.setErrors(error.fieldErrors()),
      },
    );
  });
  const shownOnFields = isApiError(add.error) && (add.error.problem.errors?.length ?? 0) > 0;
  return (
    <Paper bg="var(--mantine-color-default-hover)" radius="sm" p="sm">
      <form onSubmit={submit} noValidate aria-label="Add time off">
        <Stack gap="xs">
          <FormError message={add.error && !shownOnFields ? errorMessage(add.error) : null} />
          <SimpleGrid cols={2} spacing="xs">
            <DayInput label="From" placeholder="First day" size="xs" {...form.getInputProps("startDate")} error={form.errors.startDate ?? form.errors.start} />
            <DayInput label="To" placeholder="Last day (inclusive)" size="xs" {...form.getInputProps("endDate")} />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="xs">
            <Select label="Kind" size="xs" data={kindOptions} allowDeselect={false} {...form.getInputProps("kind")} />
            <TextInput label="Note" size="xs" placeholder="Optional" {...form.getInputProps("note")} />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button size="xs" type="submit" loading={add.isPending}>
              Add
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
