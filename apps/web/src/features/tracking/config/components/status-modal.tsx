import type { StatusState, TaskStatus } from "@backlot/contracts/tracking/config";
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { nextSortOrder, useCreateConfigItem, useUpdateConfigItem } from "../api/config-api";
import { ColorField, hexColor } from "./color-field";
import { stateDescriptions, stateLabels, stateOptions } from "./state-labels";
import { StatusPill } from "./status-pill";

type Values = { name: string; shortCode: string; state: StatusState; color: string; isDefault: boolean };

type Props = {
  orgId: string;
  projectId: string;
  /** The status to edit, or null to add one. */
  status: TaskStatus | null;
  statuses: TaskStatus[];
  opened: boolean;
  onClose: () => void;
};

const toValues = (s: TaskStatus | null): Values =>
  s
    ? { name: s.name, shortCode: s.shortCode, state: s.state, color: s.color, isDefault: s.isDefault }
    : { name: "", shortCode: "", state: "in_progress", color: "#1c7ed6", isDefault: false };

function refusalErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === "conflict") return { shortCode: "Another status of this project uses this code" };
  return error.fieldErrors();
}

export function StatusModal({ orgId, projectId, status, statuses, opened, onClose }: Props) {
  const create = useCreateConfigItem(orgId, projectId, "statuses");
  const update = useUpdateConfigItem(orgId, projectId, "statuses");
  const mutation = status ? update : create;
  const form = useForm<Values>({
    initialValues: toValues(status),
    validate: {
      name: (v) => (v.trim() ? null : "Enter a name"),
      shortCode: (v) => (!v.trim() ? "Enter a short code, e.g. wip" : /^[\p{L}\p{N}_-]{1,12}$/u.test(v.trim()) ? null : "Up to 12 letters, digits, _ or -"),
      color: hexColor,
    },
  });

  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };

  const submit = form.onSubmit((v) => {
    const body = { name: v.name.trim(), shortCode: v.shortCode.trim(), state: v.state, color: v.color.toLowerCase(), isDefault: v.isDefault };
    const done = (saved: TaskStatus) => {
      notifications.show({ color: "teal", message: `Status ${saved.name} ${status ? "saved" : "added"}.` });
      close();
    };
    const onError = (e: unknown) => form.setErrors(refusalErrors(e));
    if (status) update.mutate({ id: status.id, version: status.version, ...body }, { onSuccess: done, onError });
    else create.mutate({ ...body, sortOrder: nextSortOrder(statuses) }, { onSuccess: done, onError });
  });

  const v = form.getValues();
  const generalError = mutation.error && Object.keys(refusalErrors(mutation.error)).length === 0 ? errorMessage(mutation.error) : null;
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{status ? `Edit ${status.name}` : "Add status"}</Text>}>
      <form onSubmit={submit} noValidate aria-label={status ? "Edit status" : "Add status"}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label="Name"
              withAsterisk
              placeholder="e.g. Client review"
              data-autofocus
              style={{ gridColumn: "span 2" }}
              {...form.getInputProps("name")}
            />
            <TextInput label="Short code" withAsterisk placeholder="crv" {...form.getInputProps("shortCode")} />
          </SimpleGrid>
          <Select label="Meaning" description={stateDescriptions[v.state]} data={stateOptions} allowDeselect={false} {...form.getInputProps("state")} />
          <ColorField label="Colour" withAsterisk {...form.getInputProps("color")} />
          <Switch
            label="Default for new tasks"
            description={status?.isDefault ? "To change the default, make another status the default." : "New tasks start in this status."}
            disabled={status?.isDefault}
            {...form.getInputProps("isDefault", { type: "checkbox" })}
          />
          <Group gap="xs" mt={4}>
            <Text fz="xs" c="dimmed">
              Preview
            </Text>
            <StatusPill name={v.name || "Status"} shortCode={v.shortCode || "—"} color={hexColor(v.color) ? "#868e96" : v.color} />
            <StatusPill name={v.name || "Status"} shortCode={v.shortCode} color={hexColor(v.color) ? "#868e96" : v.color} full />
            <Text fz="xs" c="dimmed">
              counts as {stateLabels[v.state].toLowerCase()}
            </Text>
          </Group>
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {status ? "Save status" : "Add status"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
