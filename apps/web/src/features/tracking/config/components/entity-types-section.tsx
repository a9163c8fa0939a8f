import type { EntityType, TaskType } from "@backlot/contracts/tracking/config";
import { Badge, Code, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { errorMessage } from "../../../../lib/api-client";
import { useReorderConfig } from "../api/config-api";
import { ConfigSection, SectionEmpty } from "./config-section";
import { EntityTypeModal } from "./entity-type-modal";
import { RowActions } from "../../../../components/row-actions";
import { SortableList } from "../../../../components/sortable-list";

const history = {
  fieldLabels: { name: "Name", key: "Key", parentKey: "Inside", sortOrder: "Order", builtIn: "Built in" },
  hideFields: ["projectId"],
};

type Props = { orgId: string; projectId: string; entityTypes: EntityType[]; taskTypes: TaskType[]; canManage: boolean; canReadHistory: boolean };

export function EntityTypesSection({ orgId, projectId, entityTypes, taskTypes, canManage, canReadHistory }: Props) {
  const [editing, setEditing] = useState<EntityType | null | undefined>(undefined);
  const reorder = useReorderConfig(orgId, projectId, "entityTypes");
  const sorted = [...entityTypes].sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
  const nameOf = (key: string | null) => entityTypes.find((e) => e.key === key)?.name ?? key;
  const stepCount = (key: string) => taskTypes.filter((t) => t.entityTypeKey === key && !t.archivedAt).length;

  return (
    <ConfigSection
      orgId={orgId}
      title="Entity types"
      testId="entity-types-section"
      description="What the project tracks: episodes, sequences, shots, assets, scenes, or your own types. Drag to reorder."
      addLabel="Add type"
      canManage={canManage}
      onAdd={() => setEditing(null)}
    >
      {sorted.length === 0 ? (
        <SectionEmpty>No entity types.</SectionEmpty>
      ) : (
        <SortableList
          rowTestId="config-row"
          items={sorted}
          getId={(e) => e.id}
          getLabel={(e) => e.name}
          disabled={!canManage || reorder.isPending}
          onReorder={(ordered) =>
            reorder.mutate(ordered, { onError: (e) => notifications.show({ color: "red", title: "Order not saved", message: errorMessage(e) }) })
          }
          renderRow={(e) => (
            <Group gap="sm" wrap="nowrap" flex={1} miw={0} data-testid="entity-type-row">
              <Text fz="sm" fw={550} truncate>
                {e.name}
              </Text>
              <Code fz={11}>{e.key}</Code>
              <Text fz="xs" c="dimmed" flex={1} truncate>
                {e.parentKey ? `inside ${nameOf(e.parentKey)}` : "top level"} · {stepCount(e.key)} steps
              </Text>
              {e.builtIn && (
                <Badge size="sm" variant="outline" color="gray">
                  Built in
                </Badge>
              )}
              <RowActions
                orgId={orgId}
                label={e.name}
                recordType="entity_type"
                historyLabels={history}
                recordId={e.id}
                canManage={canManage}
                canReadHistory={canReadHistory}
                onEdit={() => setEditing(e)}
              />
            </Group>
          )}
        />
      )}
      {editing !== undefined && (
        <EntityTypeModal
          key={editing?.id ?? "new"}
          orgId={orgId}
          projectId={projectId}
          entityType={editing}
          entityTypes={entityTypes}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </ConfigSection>
  );
}
