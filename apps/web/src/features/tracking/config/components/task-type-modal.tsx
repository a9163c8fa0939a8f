import type { EntityType, TaskType } from "@backlot/contracts/tracking/config";
import { Autocomplete, Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { nextSortOrder, useCreateConfigItem, useUpdateConfigItem } from "../api/config-api";
import { ColorField, hexColor } from "./color-field";

type Values = { name: string; department: string; entityTypeKey: string; color: string; autoCreate: boolean; gatesCasting: boolean };

type Props = {
  orgId: string;
  projectId: string;
  /** The task type to edit, or null to add one. */
  taskType: TaskType | null;
  taskTypes: TaskType[];
  entityTypes: EntityType[];
  departments: string[];
  defaultEntityTypeKey: string;
  opened: boolean;
  onClose: () => void;
};

function refusalErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === "conflict") return { name: "This entity type already has a step with this name" };
  return error.fieldErrors();
}

export function TaskTypeModal(props: Props) {
  const { orgId, projectId, taskType, taskTypes, entityTypes, departments, defaultEntityTypeKey, opened, onClose } = props;
  const create = useCreateConfigItem(orgId, projectId, "taskTypes");
  const update = useUpdateConfigItem(orgId, projectId, "taskTypes");
  const mutation = taskType ? update : create;
  const form = useForm<Values>({
    initialValues: taskType
      ? {
          name: taskType.name,
          department: taskType.department ?? "",
          entityTypeKey: taskType.entityTypeKey,
          color: taskType.color,
          autoCreate: taskType.autoCreate,
          gatesCasting: taskType.gatesCasting,
        }
      : { name: "", department: "", entityTypeKey: defaultEntityTypeKey, color: "#4263eb", autoCreate: true, gatesCasting: false },
    validate: { name: (v) => (v.trim() ? null : "Enter a name"), color: hexColor, entityTypeKey: (v) => (v ? null : "Choose what this step applies to") },
  });

  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };

  const submit = form.onSubmit((v) => {
    const body = {
      name: v.name.trim(),
      department: v.department.trim() || null,
      color: v.color.toLowerCase(),
      autoCreate: v.autoCreate,
      gatesCasting: v.gatesCasting,
    };
    const done = (saved: TaskType) => {
      notifications.show({ color: "teal", message: `${saved.name} ${taskType ? "saved" : "added"}.` });
      close();
    };
    const onError = (e: unknown) => form.setErrors(refusalErrors(e));
    if (taskType) update.mutate({ id: taskType.id, version: taskType.version, ...body }, { onSuccess: done, onError });
    else {
      const siblings = taskTypes.filter((t) => t.entityTypeKey === v.entityTypeKey);
      create.mutate({ ...body, entityTypeKey: v.entityTypeKey, sortOrder: nextSortOrder(siblings) }, { onSuccess: done, onError });
    }
  });

  const generalError = mutation.error && Object.keys(refusalErrors(mutation.error)).length === 0 ? errorMessage(mutation.error) : null;
  const entityName = entityTypes.find((e) => e.key === form.getValues().entityTypeKey)?.name.toLowerCase() ?? "entity";
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{taskType ? `Edit ${taskType.name}` : "Add pipeline step"}</Text>}>
      <form onSubmit={submit} noValidate aria-label={taskType ? "Edit task type" : "Add task type"}>
        <Stack gap="sm">
          <FormError message={generalError} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput label="Name" withAsterisk placeholder="e.g. Compositing" data-autofocus {...form.getInputProps("name")} />
            <Select
              label="Applies to"
              data={entityTypes.map((e) => ({ value: e.key, label: e.name }))}
              allowDeselect={false}
              disabled={Boolean(taskType)}
              description={taskType ? "Fixed once created" : undefined}
              {...form.getInputProps("entityTypeKey")}
            />
            <Autocomplete label="Department" placeholder="e.g. Compositing" data={departments} {...form.getInputProps("department")} />
            <ColorField label="Colour" withAsterisk {...form.getInputProps("color")} />
          </SimpleGrid>
          <Switch
            label="Create automatically"
            description={`Every new ${entityName} gets a task for this step.`}
            {...form.getInputProps("autoCreate", { type: "checkbox" })}
          />
          <Switch
            label="Gates casting"
            description="For asset steps: a shot's tasks are not ready until this step is approved on every asset cast in the shot."
            {...form.getInputProps("gatesCasting", { type: "checkbox" })}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {taskType ? "Save step" : "Add step"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
