import { ActionIcon, Drawer, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconHistory } from "@tabler/icons-react";
import { HistoryPanel } from "./history-panel";
import type { HistoryRecordType } from "./use-record-history";

type Props = { orgId: string; recordType: HistoryRecordType; recordId: string; title: string };

/** A row action that opens a record's HistoryPanel in a side drawer (records without a page). */
export function HistoryDrawerButton({ orgId, recordType, recordId, title }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Tooltip label="History" withArrow>
        <ActionIcon variant="subtle" color="gray" onClick={open} aria-label={`History of ${title}`}>
          <IconHistory size={16} />
        </ActionIcon>
      </Tooltip>
      <Drawer opened={opened} onClose={close} position="right" size="md" title={title}>
        {opened && <HistoryPanel orgId={orgId} recordType={recordType} recordId={recordId} />}
      </Drawer>
    </>
  );
}
