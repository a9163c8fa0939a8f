import type { EntityType } from "@backlot/contracts/tracking/config";
import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { nextSortOrder, useCreateConfigItem, useUpdateConfigItem } from "../api/config-api";

type Values = { name: string; key: string; parentKey: string | null };

type Props = { orgId: string; projectId: string; entityType: EntityType | null; entityTypes: EntityType[]; opened: boolean; onClose: () => void };

/** "Matte painting" → "matte_painting": the key the API and CSV files use. */
const keyFromName = (name: string) =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 40);

function refusalErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === "conflict") return { key: "This project already has an entity type with this key" };
  return error.fieldErrors();
}

export function EntityTypeModal({ orgId, projectId, entityType, entityTypes, opened, onClose }: Props) {
  const create = useCreateConfigItem(orgId, projectId, "entityTypes");
  const update = useUpdateConfigItem(orgId, projectId, "entityTypes");
  const mutation = entityType ? update : create;
  const keyTouched = useRef(false);
  const form = useForm<Values>({
    initialValues: { name: entityType?.name ?? "", key: entityType?.key ?? "", parentKey: entityType?.parentKey ?? null },
    validate: {
      name: (v) => (v.trim() ? null : "Enter a name"),
      key: (v) => (entityType || /^[a-z][a-z0-9_]{0,39}$/.test(v) ? null : "Lower-case letters, digits and _, starting with a letter"),
    },
  });

  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };

  const submit = form.onSubmit((v) => {
    const done = (saved: EntityType) => {
      notifications.show({ color: "teal", message: `${saved.name} ${entityType ? "saved" : "added"}.` });
      close();
    };
    const onError = (e: unknown) => form.setErrors(refusalErrors(e));
    if (entityType) update.mutate({ id: entityType.id, version: entityType.version, name: v.name.trim() }, { onSuccess: done, onError });
    else create.mutate({ name: v.name.trim(), key: v.key, parentKey: v.parentKey, sortOrder: nextSortOrder(entityTypes) }, { onSuccess: done, onError });
  });

  const nameProps = form.getInputProps("name");
  const generalError = mutation.error && Object.keys(refusalErrors(mutation.error)).length === 0 ? errorMessage(mutation.error) : null;
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{entityType ? `Rename ${entityType.name}` : "Add entity type"}</Text>}>
      <form onSubmit={submit} noValidate aria-label={entityType ? "Edit entity type" : "Add entity type"}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <TextInput
            label="Name"
            withAsterisk
            placeholder="e.g. Matte painting"
            data-autofocus
            {...nameProps}
            onChange={(e) => {
              nameProps.onChange(e);
              if (!entityType && !keyTouched.current) form.setFieldValue("key", keyFromName(e.currentTarget.value));
            }}
          />
          <TextInput
            label="Key"
            withAsterisk={!entityType}
            description={entityType ? "The key is fixed once created" : "Used by the API and CSV imports"}
            disabled={Boolean(entityType)}
            ff="monospace"
            {...form.getInputProps("key")}
            onChange={(e) => {
              keyTouched.current = true;
              form.setFieldValue("key", e.currentTarget.value);
            }}
          />
          <Select
            label="Inside"
            placeholder="Top level"
            description={entityType ? "The hierarchy is fixed once created" : "Entities of this type can have a parent of this type"}
            data={entityTypes.filter((e) => e.key !== entityType?.key).map((e) => ({ value: e.key, label: e.name }))}
            clearable
            disabled={Boolean(entityType)}
            {...form.getInputProps("parentKey")}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {entityType ? "Save" : "Add entity type"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
