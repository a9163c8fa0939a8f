import { ActionIcon, Drawer, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArchive, IconDots, IconHistory, IconPencil, IconRestore } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { HistoryPanel } from "./history/history-panel";
import type { HistoryRecordType } from "./history/use-record-history";

/** How a record's history reads: field names, enum value names, fields to leave out. */
export type HistoryLabels = {
  fieldLabels?: Record<string, string>;
  valueLabels?: Record<string, Record<string, string>>;
  hideFields?: readonly string[];
};

type Props = {
  orgId: string;
  label: string;
  recordType: HistoryRecordType;
  recordId: string;
  canManage: boolean;
  canReadHistory: boolean;
  archived?: boolean;
  onEdit?: () => void;
  onArchive?: (archive: boolean) => void;
  /** Extra menu items placed after Edit (e.g. "Make default"). */
  extra?: ReactNode;
  historyLabels?: HistoryLabels;
};

/** The "…" menu of a settings row: edit, extra actions, history in a drawer, archive or restore. */
export function RowActions({ orgId, label, recordType, recordId, canManage, canReadHistory, archived, onEdit, onArchive, extra, historyLabels }: Props) {
  const [historyOpen, history] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={200}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${label}`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {onEdit && (
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit} disabled={!canManage || archived}>
              Edit
            </Menu.Item>
          )}
          {extra}
          <Menu.Item leftSection={<IconHistory size={14} />} onClick={history.open} disabled={!canReadHistory}>
            History
          </Menu.Item>
          {onArchive && (
            <>
              <Menu.Divider />
              <Menu.Item
                leftSection={archived ? <IconRestore size={14} /> : <IconArchive size={14} />}
                color={archived ? undefined : "orange"}
                onClick={() => onArchive(!archived)}
                disabled={!canManage}
              >
                {archived ? "Restore" : "Archive"}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <Drawer opened={historyOpen} onClose={history.close} position="right" size="md" title={label}>
        {historyOpen && <HistoryPanel orgId={orgId} recordType={recordType} recordId={recordId} {...historyLabels} />}
      </Drawer>
    </>
  );
}
