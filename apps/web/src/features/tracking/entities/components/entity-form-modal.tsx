import type { EntityType } from "@backlot/contracts/tracking/config";
import type { Entity } from "@backlot/contracts/tracking/entities";
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { activeFields, useFieldDefinitions } from "../../fields/api/fields-api";
import { CustomFieldInput } from "../../fields/components/custom-field-input";
import { useAllEntities, useCreateEntity, useUpdateEntity } from "../api/entity-records-api";

type Props = { orgId: string; projectId: string; type: EntityType; entity: Entity | null; onClose: () => void; onSaved?: (e: Entity) => void };

type Values = {
  code: string;
  name: string;
  description: string;
  parentId: string | null;
  assetType: string | null;
  frameIn: number | "";
  frameOut: number | "";
  fps: number | "";
  tags: string[];
  custom: Record<string, unknown>;
};

const assetTypes = ["character", "prop", "environment", "vehicle", "fx", "set", "matte painting"];
const num = (v: number | "") => (v === "" ? null : v);

function initialValues(entity: Entity | null, defaults: Record<string, unknown>): Values {
  return {
    code: entity?.code ?? "",
    name: entity?.name ?? "",
    description: entity?.description ?? "",
    parentId: entity?.parentId ?? null,
    assetType: entity?.assetType ?? null,
    frameIn: entity?.frameIn ?? "",
    frameOut: entity?.frameOut ?? "",
    fps: entity?.fps ?? "",
    tags: entity?.tags ?? [],
    custom: entity ? { ...entity.custom } : defaults,
  };
}

/**
 * Creates or edits a shot, asset, sequence or custom-type record. The server validates
 * everything, custom fields included; its problem paths (body.custom.complexity, body.frameOut)
 * land on the matching input.
 */
export function EntityFormModal({ orgId, projectId, type, entity, onClose, onSaved }: Props) {
  const fields = useFieldDefinitions(orgId, projectId);
  const defs = activeFields(fields.data, type.key);
  const parents = useAllEntities(orgId, projectId, type.parentKey);
  const create = useCreateEntity(orgId, projectId);
  const update = useUpdateEntity(orgId, projectId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const defaults = Object.fromEntries(defs.filter((d) => d.defaultValue != null).map((d) => [d.key, d.defaultValue]));
  const form = useForm<Values>({
    initialValues: initialValues(entity, defaults),
    validate: { code: (v) => (v.trim() ? null : "A code is required, e.g. SH010") },
  });
  const values = form.getValues();
  const isShot = type.key === "shot" || values.frameIn !== "" || values.frameOut !== "";
  const isAsset = type.key === "asset" || Boolean(values.assetType);

  const submit = form.onSubmit((v) => {
    setRefusal(null);
    const body = {
      code: v.code.trim(),
      name: v.name,
      description: v.description,
      parentId: v.parentId,
      assetType: v.assetType,
      frameIn: num(v.frameIn),
      frameOut: num(v.frameOut),
      fps: num(v.fps),
      tags: v.tags,
      custom: v.custom,
    };
    const onError = (e: unknown) => {
      if (isApiError(e)) form.setErrors(e.fieldErrors());
      setRefusal(isApiError(e, "version_conflict") ? "Someone else saved this record meanwhile. Close and reopen it to see their changes." : errorMessage(e));
    };
    const onSuccess = (saved: Entity) => {
      notifications.show({ color: "teal", message: `${saved.code} ${entity ? "saved" : "created"}.` });
      onSaved?.(saved);
      onClose();
    };
    if (entity) update.mutate({ id: entity.id, version: entity.version, ...body }, { onSuccess, onError });
    else create.mutate({ typeKey: type.key, ...body }, { onSuccess, onError });
  });

  return (
    <Modal opened onClose={onClose} title={entity ? `Edit ${entity.code}` : `New ${type.name.toLowerCase()}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={refusal} />
          <SimpleGrid cols={2}>
            <TextInput label="Code" withAsterisk ff="monospace" data-autofocus placeholder="SH010" {...form.getInputProps("code")} />
            <TextInput label="Name" {...form.getInputProps("name")} />
          </SimpleGrid>
          {type.parentKey && (
            <Select
              label={`Parent ${type.parentKey}`}
              searchable
              clearable
              placeholder={parents.isPending ? "Loading…" : `No ${type.parentKey}`}
              data={(parents.data ?? []).map((p) => ({ value: p.id, label: p.name ? `${p.code} · ${p.name}` : p.code }))}
              {...form.getInputProps("parentId")}
            />
          )}
          {isAsset && (
            <Select
              label="Asset type"
              searchable
              clearable
              data={[...new Set([...assetTypes, values.assetType ?? ""].filter(Boolean))]}
              {...form.getInputProps("assetType")}
            />
          )}
          {isShot && (
            <SimpleGrid cols={3}>
              <NumberInput label="Frame in" allowDecimal={false} {...form.getInputProps("frameIn")} />
              <NumberInput label="Frame out" allowDecimal={false} {...form.getInputProps("frameOut")} />
              <NumberInput label="fps" placeholder="24" decimalScale={3} {...form.getInputProps("fps")} />
            </SimpleGrid>
          )}
          <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.getInputProps("description")} />
          <TagsInput label="Tags" placeholder="Type a tag and press Enter" {...form.getInputProps("tags")} />
          {defs.length > 0 && (
            <SimpleGrid cols={2} data-testid="custom-fields">
              {defs.map((d) => (
                <CustomFieldInput
                  key={d.id}
                  orgId={orgId}
                  field={d}
                  value={values.custom[d.key] ?? null}
                  onChange={(v) => form.setFieldValue(`custom.${d.key}`, v)}
                  error={form.errors[`custom.${d.key}`] as string | undefined}
                />
              ))}
            </SimpleGrid>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {entity ? "Save" : `Create ${type.name.toLowerCase()}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
