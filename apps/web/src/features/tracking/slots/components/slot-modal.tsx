import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { Autocomplete, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateSlot, useUpdateSlot } from "../api/slots-api";
import { PersonPicker } from "./person-picker";

type Values = { role: string; department: string; displayName: string; personId: string | null };

type Props = {
  orgId: string;
  projectId: string;
  /** The slot to edit, or null to add one. */
  slot: RoleSlot | null;
  slots: RoleSlot[];
  /** Open on the person field: "Fill" from the table. */
  focusPerson?: boolean;
  opened: boolean;
  onClose: () => void;
};

const commonRoles = ["Supervisor", "Producer", "Coordinator", "Director", "Lead", "Artist", "Editor", "Production Manager", "Art Director"];

export function SlotModal({ orgId, projectId, slot, slots, focusPerson, opened, onClose }: Props) {
  const create = useCreateSlot(orgId, projectId);
  const update = useUpdateSlot(orgId, projectId);
  const mutation = slot ? update : create;
  const personName = useRef(slot?.personName ?? null);
  const creditTouched = useRef(Boolean(slot));
  const form = useForm<Values>({
    initialValues: { role: slot?.role ?? "", department: slot?.department ?? "", displayName: slot?.displayName ?? "", personId: slot?.personId ?? null },
    validate: {
      role: (v) => (v.trim() ? null : "Enter a role, e.g. Artist"),
      displayName: (v) => (v.trim() ? null : "Enter the credit, e.g. Compositor 1"),
    },
  });
  const roles = [...new Set([...slots.map((s) => s.role), ...commonRoles])].sort();
  const departments = [...new Set(slots.flatMap((s) => (s.department ? [s.department] : [])))].sort();

  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };

  const submit = form.onSubmit((v) => {
    const body = { role: v.role.trim(), department: v.department.trim() || null, displayName: v.displayName.trim(), personId: v.personId };
    const done = (saved: RoleSlot) => {
      const who = saved.personName ? ` (${saved.personName})` : "";
      notifications.show({ color: "teal", message: `${saved.displayName}${who} ${slot ? "saved" : "added"}.` });
      close();
    };
    const onError = (e: unknown) => isApiError(e) && form.setErrors(e.fieldErrors());
    if (slot) update.mutate({ id: slot.id, version: slot.version, ...body }, { onSuccess: done, onError });
    else create.mutate({ ...body, sortOrder: slots.reduce((m, s) => Math.max(m, s.sortOrder + 1), 0) }, { onSuccess: done, onError });
  });

  const roleProps = form.getInputProps("role");
  const generalError = mutation.error && !(isApiError(mutation.error) && mutation.error.problem.errors?.length) ? errorMessage(mutation.error) : null;
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{slot ? `Edit ${slot.displayName}` : "Add role"}</Text>} size="lg">
      <form onSubmit={submit} noValidate aria-label={slot ? "Edit role" : "Add role"}>
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            A role exists before anyone fills it: tasks can be assigned to it now and the person chosen later.
          </Text>
          <FormError message={generalError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Autocomplete
              label="Role"
              withAsterisk
              placeholder="e.g. Artist"
              data={roles}
              data-autofocus={!focusPerson || undefined}
              {...roleProps}
              onChange={(value) => {
                roleProps.onChange(value);
                if (!creditTouched.current) form.setFieldValue("displayName", value);
              }}
            />
            <Autocomplete label="Department" placeholder="e.g. Compositing" data={departments} {...form.getInputProps("department")} />
          </SimpleGrid>
          <TextInput
            label="Credit"
            withAsterisk
            placeholder="e.g. Compositor 1"
            description="How this role appears on the credits list"
            {...form.getInputProps("displayName")}
            onChange={(e) => {
              creditTouched.current = true;
              form.setFieldValue("displayName", e.currentTarget.value);
            }}
          />
          <PersonPicker
            orgId={orgId}
            label="Person"
            description="Optional: leave empty to keep the role open"
            data-autofocus={focusPerson || undefined}
            value={form.getValues().personId}
            currentName={personName.current}
            error={form.errors.personId}
            onChange={(id, name) => {
              personName.current = name;
              form.setFieldValue("personId", id);
            }}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {slot ? "Save role" : "Add role"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
