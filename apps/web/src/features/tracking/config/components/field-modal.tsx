import type { EntityType } from "@backlot/contracts/tracking/config";
import { type FieldDefinition, type FieldType, fieldTypes } from "@backlot/contracts/tracking/fields";
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateField, useUpdateField } from "../api/fields-api";

export const fieldTypeLabels: Record<FieldType, string> = {
  text: "Text",
  long_text: "Long text",
  number: "Number",
  currency: "Currency",
  percentage: "Percentage",
  date: "Date",
  datetime: "Date and time",
  boolean: "Yes / no",
  select: "Select (one option)",
  multi_select: "Multi-select",
  url: "Link (URL)",
  person: "Person",
};

type Values = { object: string; label: string; key: string; fieldType: FieldType; options: string[]; required: boolean };

type Props = { orgId: string; projectId: string; field: FieldDefinition | null; entityTypes: EntityType[]; defaultObject: string; onClose: () => void };

const keyFromLabel = (label: string) =>
  label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 40);

const isChoice = (t: FieldType) => t === "select" || t === "multi_select";

/** Defines a custom field on an entity type (CORE-7); type and key are fixed once created. */
export function FieldModal({ orgId, projectId, field, entityTypes, defaultObject, onClose }: Props) {
  const create = useCreateField(orgId, projectId);
  const update = useUpdateField(orgId, projectId);
  const mutation = field ? update : create;
  const keyTouched = useRef(Boolean(field));
  const form = useForm<Values>({
    initialValues: field
      ? { object: field.object, label: field.label, key: field.key, fieldType: field.fieldType, options: field.options, required: field.required }
      : { object: defaultObject, label: "", key: "", fieldType: "select", options: [], required: false },
    validate: {
      label: (v) => (v.trim() ? null : "Enter a label"),
      key: (v) => (field || /^[a-z][a-z0-9_]{0,39}$/.test(v) ? null : "Lower-case letters, digits and _, starting with a letter"),
      options: (v, values) =>
        isChoice(values.fieldType) && v.length === 0 ? "Add at least one option" : v.some((o) => o.includes(";")) ? "An option cannot contain ;" : null,
    },
  });
  const v = form.getValues();

  const submit = form.onSubmit((values) => {
    const done = (saved: FieldDefinition) => {
      notifications.show({ color: "teal", message: `${saved.label} ${field ? "saved" : "added"}.` });
      onClose();
    };
    const onError = (e: unknown) => {
      if (isApiError(e)) form.setErrors(e.code === "conflict" ? { key: "This entity type already has a field with this key" } : e.fieldErrors());
    };
    const options = isChoice(values.fieldType) ? values.options : undefined;
    if (field)
      update.mutate({ id: field.id, version: field.version, label: values.label.trim(), options, required: values.required }, { onSuccess: done, onError });
    else
      create.mutate(
        { object: values.object, key: values.key, label: values.label.trim(), fieldType: values.fieldType, options, required: values.required },
        { onSuccess: done, onError },
      );
  });

  const labelProps = form.getInputProps("label");
  const generalError =
    mutation.error && !(isApiError(mutation.error) && (mutation.error.code === "conflict" || mutation.error.problem.errors?.length))
      ? errorMessage(mutation.error)
      : null;
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{field ? `Edit ${field.label}` : "Add custom field"}</Text>}>
      <form onSubmit={submit} noValidate aria-label={field ? "Edit custom field" : "Add custom field"}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label="On"
              data={entityTypes.map((e) => ({ value: e.key, label: `${e.name}s` }))}
              allowDeselect={false}
              disabled={Boolean(field)}
              {...form.getInputProps("object")}
            />
            <Select
              label="Type"
              data={fieldTypes.map((t) => ({ value: t, label: fieldTypeLabels[t] }))}
              allowDeselect={false}
              disabled={Boolean(field)}
              {...form.getInputProps("fieldType")}
            />
            <TextInput
              label="Label"
              withAsterisk
              placeholder="e.g. Complexity"
              data-autofocus
              {...labelProps}
              onChange={(e) => {
                labelProps.onChange(e);
                if (!keyTouched.current) form.setFieldValue("key", keyFromLabel(e.currentTarget.value));
              }}
            />
            <TextInput
              label="Key"
              withAsterisk={!field}
              description={field ? "Fixed once created" : "Used in the API and CSV columns"}
              disabled={Boolean(field)}
              ff="monospace"
              {...form.getInputProps("key")}
              onChange={(e) => {
                keyTouched.current = true;
                form.setFieldValue("key", e.currentTarget.value);
              }}
            />
          </SimpleGrid>
          {isChoice(v.fieldType) && (
            <TagsInput
              label="Options"
              withAsterisk
              placeholder="Type an option and press Enter"
              description="In the order they are offered"
              {...form.getInputProps("options")}
            />
          )}
          <Switch
            label="Required"
            description="New records need a value, and a value cannot be cleared."
            {...form.getInputProps("required", { type: "checkbox" })}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {field ? "Save field" : "Add field"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
