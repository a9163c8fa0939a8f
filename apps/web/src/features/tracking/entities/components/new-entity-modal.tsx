import type { EntityType } from "@backlot/contracts/tracking/config";
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateEntity, useEntityOptions } from "../api/entities-api";

type Values = { code: string; name: string; parentId: string | null; frameIn: number | string; frameOut: number | string; assetType: string | null };

type Props = {
  orgId: string;
  projectId: string;
  entityType: EntityType;
  parentType: EntityType | undefined;
  assetTypes: string[];
  autoSteps: string[];
  opened: boolean;
  onClose: () => void;
};

const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
const num = (v: number | string) => (v === "" ? null : Number(v));

/** Adds one shot, asset, sequence or other entity; the pipeline's auto-create steps become its tasks. */
export function NewEntityModal({ orgId, projectId, entityType, parentType, assetTypes, autoSteps, opened, onClose }: Props) {
  const create = useCreateEntity(orgId, projectId);
  const parents = useEntityOptions(orgId, projectId, parentType?.key ?? null);
  const form = useForm<Values>({
    initialValues: { code: "", name: "", parentId: null, frameIn: 1001, frameOut: "", assetType: null },
    validate: {
      code: (v) => (!v.trim() ? "Enter a code, e.g. SH010" : codePattern.test(v.trim()) ? null : "Letters, digits, _, . and - only"),
      frameOut: (v, values) => (v !== "" && values.frameIn !== "" && Number(v) < Number(values.frameIn) ? "Frame out is before frame in" : null),
    },
  });
  const isShot = entityType.key === "shot";
  const noun = entityType.name.toLowerCase();

  const close = () => {
    onClose();
    form.reset();
    create.reset();
  };

  const submit = form.onSubmit((v) =>
    create.mutate(
      {
        typeKey: entityType.key,
        code: v.code.trim(),
        name: v.name.trim() || null,
        parentId: v.parentId,
        ...(isShot ? { frameIn: num(v.frameIn), frameOut: num(v.frameOut) } : {}),
        ...(entityType.key === "asset" ? { assetType: v.assetType } : {}),
      },
      {
        onSuccess: (e) => {
          notifications.show({ color: "teal", message: `${e.code} was added${autoSteps.length ? ` with ${autoSteps.length} tasks` : ""}.` });
          close();
        },
        onError: (e) => {
          if (isApiError(e)) form.setErrors(e.code === "conflict" ? { code: `Another ${noun} already uses this code` } : e.fieldErrors());
        },
      },
    ),
  );

  const generalError =
    create.error && !(isApiError(create.error) && (create.error.code === "conflict" || create.error.problem.errors?.length))
      ? errorMessage(create.error)
      : null;
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>New {noun}</Text>}>
      <form onSubmit={submit} noValidate aria-label={`New ${noun}`}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Code" withAsterisk placeholder={isShot ? "SH010" : "chr_hero"} data-autofocus {...form.getInputProps("code")} />
            <TextInput label="Name" placeholder="Optional" {...form.getInputProps("name")} />
            {parentType && (
              <Select
                label={parentType.name}
                placeholder="None"
                data={(parents.data ?? []).map((p) => ({ value: p.id, label: p.code }))}
                searchable
                clearable
                {...form.getInputProps("parentId")}
              />
            )}
            {entityType.key === "asset" && <Select label="Asset type" data={assetTypes} clearable {...form.getInputProps("assetType")} />}
            {isShot && <NumberInput label="Frame in" allowDecimal={false} {...form.getInputProps("frameIn")} />}
            {isShot && <NumberInput label="Frame out" allowDecimal={false} {...form.getInputProps("frameOut")} />}
          </SimpleGrid>
          <Text fz="xs" c="dimmed">
            {autoSteps.length > 0 ? `Tasks are created for: ${autoSteps.join(", ")}.` : `No pipeline step creates tasks on a new ${noun} automatically.`}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add {noun}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
