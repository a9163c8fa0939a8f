import type { Project } from "@backlot/contracts/tracking/projects";
import { Tabs } from "@mantine/core";
import { IconBinaryTree, IconTimeline, IconFileSpreadsheet, IconForms, IconMovie } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { Action } from "@backlot/contracts/core/roles";
import { CastingTab } from "../../casting/components/casting-tab";
import { CsvTab } from "../../csv/components/csv-tab";
import { FieldsTab } from "../../fields/components/fields-tab";
import { GanttTab } from "../../gantt/components/gantt-tab";
import { EntitiesTab } from "./entities-tab";

/** The project page's tabs for entities, casting, the Gantt, custom fields and CSV. */
type RecordTab = "entities" | "casting" | "gantt" | "csv" | "fields";

export const recordTabMeta: Record<RecordTab, { label: string; icon: ReactNode }> = {
  entities: { label: "Entities", icon: <IconMovie size={16} /> },
  casting: { label: "Casting", icon: <IconBinaryTree size={16} /> },
  gantt: { label: "Gantt", icon: <IconTimeline size={16} /> },
  csv: { label: "CSV", icon: <IconFileSpreadsheet size={16} /> },
  fields: { label: "Fields", icon: <IconForms size={16} /> },
};

type Props = { orgId: string; project: Project; can: (action: Action) => boolean };

/** The panels of those tabs; rendered inside the project page's <Tabs>. */
export function RecordTabPanels({ orgId, project, can }: Props) {
  const archived = Boolean(project.archivedAt);
  return (
    <>
      <Tabs.Panel value="entities">
        <EntitiesTab orgId={orgId} projectId={project.id} canEdit={can("entity.edit") && !archived} canReadHistory={can("audit.read")} />
      </Tabs.Panel>
      <Tabs.Panel value="casting">
        <CastingTab orgId={orgId} projectId={project.id} canEdit={can("entity.edit") && !archived} />
      </Tabs.Panel>
      <Tabs.Panel value="gantt">
        <GanttTab orgId={orgId} projectId={project.id} canEdit={can("task.edit") && !archived} />
      </Tabs.Panel>
      <Tabs.Panel value="csv">
        <CsvTab orgId={orgId} projectId={project.id} canImport={can("entity.edit")} archived={archived} />
      </Tabs.Panel>
      <Tabs.Panel value="fields">
        <FieldsTab orgId={orgId} projectId={project.id} canManage={can("field.manage") && !archived} canReadHistory={can("audit.read")} />
      </Tabs.Panel>
    </>
  );
}
