import { type FieldDefinition, type FieldType, fieldTypes } from "@backlot/contracts/tracking/fields";
import { Button, Checkbox, Group, Modal, Select, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateField, useUpdateField } from "../api/fields-api";
import { CustomFieldInput } from "./custom-field-input";
import { fieldTypeHints, fieldTypeLabels, hasOptions, keyFromLabel } from "./field-types";

type Props = { orgId: string; projectId: string; object: string; objectName: string; field: FieldDefinition | null; onClose: () => void };

type Values = { label: string; key: string; fieldType: FieldType; options: string[]; required: boolean; defaultValue: unknown };

const typeData = fieldTypes.map((t) => ({ value: t, label: fieldTypeLabels[t] }));

/** Adds a custom field to an object, or edits one (its key and type are fixed once created). */
export function FieldModal({ orgId, projectId, object, objectName, field, onClose }: Props) {
  const create = useCreateField(orgId, projectId);
  const update = useUpdateField(orgId, projectId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [keyTouched, setKeyTouched] = useState(Boolean(field));
  const form = useForm<Values>({
    initialValues: {
      label: field?.label ?? "",
      key: field?.key ?? "",
      fieldType: field?.fieldType ?? "text",
      options: field?.options ?? [],
      required: field?.required ?? false,
      defaultValue: field?.defaultValue ?? null,
    },
    validate: {
      label: (v) => (v.trim() ? null : "A label is required"),
      key: (v) => (/^[a-z][a-z0-9_]*$/.test(v) ? null : "Lower-case letters, digits and _, starting with a letter"),
      options: (v, values) => (hasOptions(values.fieldType) && v.length === 0 ? "Add at least one option" : null),
    },
  });
  const v = form.getValues();
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    setRefusal(null);
    const common = {
      label: values.label.trim(),
      options: hasOptions(values.fieldType) ? values.options : [],
      required: values.required,
      defaultValue: values.defaultValue ?? null,
    };
    const onError = (e: unknown) => {
      if (isApiError(e)) form.setErrors(e.fieldErrors());
      setRefusal(errorMessage(e));
    };
    const onSuccess = (saved: FieldDefinition) => {
      notifications.show({ color: "teal", message: `${saved.label} ${field ? "saved" : `added to ${objectName}`}.` });
      onClose();
    };
    if (field) update.mutate({ id: field.id, version: field.version, ...common }, { onSuccess, onError });
    else create.mutate({ object, key: values.key, fieldType: values.fieldType, ...common }, { onSuccess, onError });
  });

  return (
    <Modal opened onClose={onClose} title={field ? `Edit ${field.label}` : `New field on ${objectName}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={refusal} />
          <TextInput
            label="Label"
            withAsterisk
            data-autofocus
            {...form.getInputProps("label")}
            onChange={(e) => {
              const label = e.currentTarget.value;
              form.setFieldValue("label", label);
              if (!keyTouched) form.setFieldValue("key", keyFromLabel(label));
            }}
          />
          <TextInput
            label="Key"
            description="Used in CSV columns (custom.<key>) and the API; cannot change later"
            ff="monospace"
            disabled={Boolean(field)}
            {...form.getInputProps("key")}
            onChange={(e) => {
              setKeyTouched(true);
              form.setFieldValue("key", e.currentTarget.value);
            }}
          />
          <Select
            label="Type"
            data={typeData}
            allowDeselect={false}
            disabled={Boolean(field)}
            description={fieldTypeHints[v.fieldType]}
            {...form.getInputProps("fieldType")}
            onChange={(t) => {
              form.setFieldValue("fieldType", (t ?? "text") as FieldType);
              form.setFieldValue("defaultValue", null);
            }}
          />
          {hasOptions(v.fieldType) && (
            <TagsInput
              label="Options"
              description="Type an option and press Enter; order is the order people pick from"
              placeholder="easy, medium, hard…"
              splitChars={[","]}
              {...form.getInputProps("options")}
            />
          )}
          <Checkbox label="Required" description="Every record must have a value" {...form.getInputProps("required", { type: "checkbox" })} />
          <CustomFieldInput
            key={`${v.fieldType}-${v.options.join("|")}`}
            orgId={orgId}
            label="Default value"
            field={{ key: "default", label: "Default value", fieldType: v.fieldType, options: v.options, required: false }}
            value={v.defaultValue}
            onChange={(d) => form.setFieldValue("defaultValue", d)}
            error={form.errors.defaultValue as string | undefined}
          />
          <Text fz="xs" c="dimmed">
            New records get the default; existing ones keep what they have.
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {field ? "Save" : "Add field"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
