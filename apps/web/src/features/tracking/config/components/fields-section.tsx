import type { EntityType } from "@backlot/contracts/tracking/config";
import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { Badge, Code, Group, Skeleton, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { RowActions } from "../../../../components/row-actions";
import { errorMessage } from "../../../../lib/api-client";
import { useAllFields, useUpdateField } from "../api/fields-api";
import classes from "./config-list.module.css";
import { ConfigSection, SectionEmpty } from "./config-section";
import { FieldModal, fieldTypeLabels } from "./field-modal";

type Props = { orgId: string; projectId: string; entityTypes: EntityType[]; canManage: boolean; canReadHistory: boolean };

const history = {
  fieldLabels: { label: "Label", key: "Key", fieldType: "Type", options: "Options", required: "Required", defaultValue: "Default", archivedAt: "Archived" },
  valueLabels: { fieldType: fieldTypeLabels },
  hideFields: ["projectId", "object", "sortOrder"],
};

/** Custom fields per entity type (CORE-7): they become grid columns, editable and filterable. */
export function FieldsSection({ orgId, projectId, entityTypes, canManage, canReadHistory }: Props) {
  const fields = useAllFields(orgId, projectId);
  const update = useUpdateField(orgId, projectId);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<FieldDefinition | null | undefined>(undefined);
  const all = fields.data ?? [];
  const shown = all.filter((f) => showArchived || !f.archivedAt);
  const nameOf = (key: string) => entityTypes.find((e) => e.key === key)?.name ?? key;

  const archive = (f: FieldDefinition, archived: boolean) =>
    update.mutate(
      { id: f.id, version: f.version, archived },
      {
        onSuccess: () => notifications.show({ color: "teal", message: `${f.label} was ${archived ? "archived" : "restored"}.` }),
        onError: (e) => notifications.show({ color: "red", title: `${f.label} was not changed`, message: errorMessage(e) }),
      },
    );

  let body: React.ReactNode;
  if (fields.isPending) body = <Skeleton h={80} m="md" />;
  else if (fields.isError) body = <ErrorState error={fields.error} title="Could not load custom fields" onRetry={() => fields.refetch()} />;
  else if (shown.length === 0) body = <SectionEmpty>No custom fields yet. Add one, e.g. a "Complexity" select on shots.</SectionEmpty>;
  else
    body = shown.map((f) => (
      <Group key={f.id} className={`${classes.row} ${f.archivedAt ? classes.archived : ""}`} gap="sm" wrap="nowrap" pl="md" data-testid="field-row">
        <Text fz="sm" fw={550} w={140} truncate>
          {f.label}
        </Text>
        <Code fz={11}>{f.key}</Code>
        <Text fz="xs" c="dimmed" flex={1} truncate>
          on {nameOf(f.object).toLowerCase()}s · {fieldTypeLabels[f.fieldType]}
          {f.options.length ? ` · ${f.options.join(", ")}` : ""}
        </Text>
        {f.required && (
          <Badge size="sm" variant="light" color="orange">
            Required
          </Badge>
        )}
        {f.archivedAt && (
          <Badge size="sm" variant="outline" color="gray">
            Archived
          </Badge>
        )}
        <RowActions
          orgId={orgId}
          label={f.label}
          recordType="field_definition"
          recordId={f.id}
          canManage={canManage}
          canReadHistory={canReadHistory}
          archived={Boolean(f.archivedAt)}
          onEdit={() => setEditing(f)}
          onArchive={(a) => archive(f, a)}
          historyLabels={history}
        />
      </Group>
    ));

  return (
    <ConfigSection
      orgId={orgId}
      title="Custom fields"
      testId="fields-section"
      description="Your own columns on shots, assets and other entities: shown in the grid, edited inline, filtered and exported."
      addLabel="Add field"
      canManage={canManage}
      action="field.manage"
      onAdd={() => setEditing(null)}
      showArchived={showArchived}
      onShowArchived={all.some((f) => f.archivedAt) ? setShowArchived : undefined}
    >
      {body}
      {editing !== undefined && (
        <FieldModal
          key={editing?.id ?? "new"}
          orgId={orgId}
          projectId={projectId}
          field={editing}
          entityTypes={entityTypes}
          defaultObject={entityTypes.find((e) => e.key === "shot")?.key ?? entityTypes[0]?.key ?? "shot"}
          onClose={() => setEditing(undefined)}
        />
      )}
    </ConfigSection>
  );
}
