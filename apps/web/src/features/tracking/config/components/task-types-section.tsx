import type { EntityType, TaskType } from "@backlot/contracts/tracking/config";
import { Badge, ColorSwatch, Group, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { errorMessage } from "../../../../lib/api-client";
import { bySortOrder, useReorderConfig, useUpdateConfigItem } from "../api/config-api";
import classes from "./config-list.module.css";
import { ConfigSection, SectionEmpty } from "./config-section";
import { RowActions } from "../../../../components/row-actions";
import { SortableList } from "../../../../components/sortable-list";
import { TaskTypeModal } from "./task-type-modal";

const history = {
  fieldLabels: {
    name: "Name",
    department: "Department",
    entityTypeKey: "Applies to",
    color: "Colour",
    autoCreate: "Create automatically",
    gatesCasting: "Gates casting",
    sortOrder: "Order",
    archivedAt: "Archived",
  },
  hideFields: ["projectId"],
};

type Props = {
  orgId: string;
  projectId: string;
  taskTypes: TaskType[];
  entityTypes: EntityType[];
  departments: string[];
  canManage: boolean;
  canReadHistory: boolean;
};

function GroupHeader({ entityType, count }: { entityType: EntityType; count: number }) {
  return (
    <Group gap={8} px="md" py={6} bg="var(--mantine-color-default-hover)" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Text fz="xs" fw={700} tt="uppercase" lts={0.5} c="dimmed">
        {entityType.name}
      </Text>
      <Text fz="xs" c="dimmed">
        {count} {count === 1 ? "step" : "steps"}
      </Text>
    </Group>
  );
}

export function TaskTypesSection({ orgId, projectId, taskTypes, entityTypes, departments, canManage, canReadHistory }: Props) {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<TaskType | null | undefined>(undefined);
  const update = useUpdateConfigItem(orgId, projectId, "taskTypes");
  const reorder = useReorderConfig(orgId, projectId, "taskTypes");
  const visible = taskTypes.filter((t) => showArchived || !t.archivedAt);
  const groups = entityTypes
    .map((e) => ({ entityType: e, steps: visible.filter((t) => t.entityTypeKey === e.key).sort(bySortOrder) }))
    .filter((g) => g.steps.length > 0);
  const firstWithSteps = groups[0]?.entityType.key ?? entityTypes.find((e) => e.key === "shot")?.key ?? entityTypes[0]?.key ?? "";

  const archive = (t: TaskType, archived: boolean) =>
    update.mutate(
      { id: t.id, version: t.version, archived },
      {
        onSuccess: () => notifications.show({ color: "teal", message: `${t.name} was ${archived ? "archived" : "restored"}.` }),
        onError: (e) => notifications.show({ color: "red", title: `${t.name} was not changed`, message: errorMessage(e) }),
      },
    );

  return (
    <ConfigSection
      orgId={orgId}
      title="Task types"
      testId="task-types-section"
      description="The pipeline steps of each entity type, in the order work flows. Steps marked to create automatically become tasks on every new shot or asset. Drag to reorder."
      addLabel="Add step"
      canManage={canManage}
      onAdd={() => setEditing(null)}
      showArchived={showArchived}
      onShowArchived={taskTypes.some((t) => t.archivedAt) ? setShowArchived : undefined}
    >
      {groups.length === 0 && <SectionEmpty>No pipeline steps yet. Add the first one, e.g. Compositing on shots.</SectionEmpty>}
      {groups.map(({ entityType, steps }, i) => (
        <div key={entityType.key} data-testid={`task-types-${entityType.key}`} style={i === 0 ? { marginTop: -1 } : undefined}>
          <GroupHeader entityType={entityType} count={steps.length} />
          <SortableList
            rowTestId="config-row"
            items={steps}
            getId={(t) => t.id}
            getLabel={(t) => t.name}
            disabled={!canManage || reorder.isPending}
            onReorder={(ordered) =>
              reorder.mutate(ordered, { onError: (e) => notifications.show({ color: "red", title: "Order not saved", message: errorMessage(e) }) })
            }
            renderRow={(t) => (
              <Group gap="sm" wrap="nowrap" flex={1} miw={0} className={t.archivedAt ? classes.archived : undefined} data-testid="task-type-row">
                <ColorSwatch color={t.color} size={14} radius={4} />
                <Text fz="sm" fw={550} w={150} truncate>
                  {t.name}
                </Text>
                <Text fz="sm" c="dimmed" flex={1} truncate>
                  {t.department ?? "No department"}
                </Text>
                {t.archivedAt && (
                  <Badge size="sm" variant="outline" color="gray">
                    Archived
                  </Badge>
                )}
                {t.gatesCasting && (
                  <Tooltip label="Shots wait for this step to be approved on their cast assets" withArrow multiline maw={240}>
                    <Badge size="sm" variant="light" color="grape">
                      Gates casting
                    </Badge>
                  </Tooltip>
                )}
                <Tooltip label={t.autoCreate ? "A task is created on every new entity" : "Tasks are added by hand"} withArrow>
                  <Badge size="sm" variant={t.autoCreate ? "light" : "outline"} color={t.autoCreate ? "teal" : "gray"} w={92}>
                    {t.autoCreate ? "Auto-create" : "Manual"}
                  </Badge>
                </Tooltip>
                <RowActions
                  orgId={orgId}
                  label={t.name}
                  recordType="task_type"
                  historyLabels={history}
                  recordId={t.id}
                  canManage={canManage}
                  canReadHistory={canReadHistory}
                  archived={Boolean(t.archivedAt)}
                  onEdit={() => setEditing(t)}
                  onArchive={(a) => archive(t, a)}
                />
              </Group>
            )}
          />
        </div>
      ))}
      {editing !== undefined && (
        <TaskTypeModal
          key={editing?.id ?? "new"}
          orgId={orgId}
          projectId={projectId}
          taskType={editing}
          taskTypes={taskTypes}
          entityTypes={entityTypes}
          departments={departments}
          defaultEntityTypeKey={firstWithSteps}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </ConfigSection>
  );
}
