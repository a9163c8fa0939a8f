import type { TaskStatus } from "@backlot/contracts/tracking/config";
import { Badge, Group, Menu, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconStar } from "@tabler/icons-react";
import { useState } from "react";
import { errorMessage } from "../../../../lib/api-client";
import { bySortOrder, useReorderConfig, useUpdateConfigItem } from "../api/config-api";
import classes from "./config-list.module.css";
import { ConfigSection, SectionEmpty } from "./config-section";
import { RowActions } from "../../../../components/row-actions";
import { SortableList } from "../../../../components/sortable-list";
import { stateColors, stateDescriptions, stateLabels } from "./state-labels";
import { StatusModal } from "./status-modal";
import { StatusPill } from "./status-pill";

const history = {
  fieldLabels: { name: "Name", shortCode: "Short code", state: "Meaning", color: "Colour", isDefault: "Default", sortOrder: "Order", archivedAt: "Archived" },
  valueLabels: { state: stateLabels },
  hideFields: ["projectId"],
};

type Props = { orgId: string; projectId: string; statuses: TaskStatus[]; canManage: boolean; canReadHistory: boolean };

export function StatusesSection({ orgId, projectId, statuses, canManage, canReadHistory }: Props) {
  const [showArchived, setShowArchived] = useState(false);
  // undefined: closed; null: adding; a status: editing it.
  const [editing, setEditing] = useState<TaskStatus | null | undefined>(undefined);
  const update = useUpdateConfigItem(orgId, projectId, "statuses");
  const reorder = useReorderConfig(orgId, projectId, "statuses");
  const shown = statuses.filter((s) => showArchived || !s.archivedAt).sort(bySortOrder);
  const archivedCount = statuses.filter((s) => s.archivedAt).length;

  const change = (s: TaskStatus, body: Record<string, unknown>, done: string) =>
    update.mutate(
      { id: s.id, version: s.version, ...body },
      {
        onSuccess: () => notifications.show({ color: "teal", message: done }),
        onError: (e) => notifications.show({ color: "red", title: `${s.name} was not changed`, message: errorMessage(e) }),
      },
    );

  return (
    <ConfigSection
      orgId={orgId}
      title="Statuses"
      testId="statuses-section"
      description="Every task is in one of these. Each maps onto a meaning Backlot understands, which drives readiness, the board and reports. Drag to reorder."
      addLabel="Add status"
      canManage={canManage}
      onAdd={() => setEditing(null)}
      showArchived={showArchived}
      onShowArchived={archivedCount > 0 ? setShowArchived : undefined}
    >
      {shown.length === 0 ? (
        <SectionEmpty>No statuses. Add one so tasks have somewhere to start.</SectionEmpty>
      ) : (
        <SortableList
          rowTestId="config-row"
          items={shown}
          getId={(s) => s.id}
          getLabel={(s) => s.name}
          disabled={!canManage || reorder.isPending}
          onReorder={(ordered) =>
            reorder.mutate(ordered, { onError: (e) => notifications.show({ color: "red", title: "Order not saved", message: errorMessage(e) }) })
          }
          renderRow={(s) => (
            <Group gap="sm" wrap="nowrap" flex={1} miw={0} className={s.archivedAt ? classes.archived : undefined} data-testid="status-row">
              <StatusPill name={s.name} shortCode={s.shortCode} color={s.color} />
              <Text fz="sm" fw={550} truncate flex={1}>
                {s.name}
              </Text>
              {s.isDefault && (
                <Badge size="sm" variant="light" color="indigo" leftSection={<IconStar size={11} />}>
                  Default
                </Badge>
              )}
              {s.archivedAt && (
                <Badge size="sm" variant="outline" color="gray">
                  Archived
                </Badge>
              )}
              <Badge size="sm" variant="dot" color={stateColors[s.state]} w={128} title={stateDescriptions[s.state]}>
                {stateLabels[s.state]}
              </Badge>
              <RowActions
                orgId={orgId}
                label={s.name}
                recordType="task_status"
                historyLabels={history}
                recordId={s.id}
                canManage={canManage}
                canReadHistory={canReadHistory}
                archived={Boolean(s.archivedAt)}
                onEdit={() => setEditing(s)}
                onArchive={s.isDefault ? undefined : (archive) => change(s, { archived: archive }, `${s.name} was ${archive ? "archived" : "restored"}.`)}
                extra={
                  !s.isDefault &&
                  !s.archivedAt && (
                    <Menu.Item
                      leftSection={<IconStar size={14} />}
                      disabled={!canManage}
                      onClick={() => change(s, { isDefault: true }, `New tasks now start as ${s.name}.`)}
                    >
                      Make default
                    </Menu.Item>
                  )
                }
              />
            </Group>
          )}
        />
      )}
      {editing !== undefined && (
        <StatusModal
          key={editing?.id ?? "new"}
          orgId={orgId}
          projectId={projectId}
          status={editing}
          statuses={statuses}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </ConfigSection>
  );
}
