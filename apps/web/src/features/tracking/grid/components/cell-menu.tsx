import type { TaskStatus } from "@backlot/contracts/tracking/config";
import { Avatar, Group, Menu, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { StatusPill } from "../../config/components/status-pill";
import type { CellMenuKind, SlotChip } from "./grid-context";

export type OpenCellMenu = { kind: CellMenuKind; rect: DOMRect; statusId: string; assigneeSlotIds: string[]; title: string };

type Props = {
  menu: OpenCellMenu | null;
  statuses: TaskStatus[];
  slots: SlotChip[];
  onClose: () => void;
  onStatus: (statusId: string) => void;
  onToggleAssignee: (slotId: string) => void;
};

/**
 * The one status or assignee menu of the grid, placed over the clicked cell. A single menu
 * instead of one per cell keeps scrolling 10,000 rows cheap.
 */
export function CellMenu({ menu, statuses, slots, onClose, onStatus, onToggleAssignee }: Props) {
  const rect = menu?.rect;
  return (
    <Menu
      opened={Boolean(menu)}
      onChange={(open) => !open && onClose()}
      position="bottom-start"
      offset={2}
      shadow="md"
      width={menu?.kind === "assignees" ? 260 : 220}
      closeOnItemClick={menu?.kind !== "assignees"}
      withinPortal
      returnFocus={false}
    >
      <Menu.Target>
        <div
          aria-hidden
          style={{ position: "fixed", left: rect?.left ?? 0, top: rect?.top ?? 0, width: rect?.width ?? 0, height: rect?.height ?? 0, pointerEvents: "none" }}
        />
      </Menu.Target>
      <Menu.Dropdown data-testid={`cell-menu-${menu?.kind ?? "closed"}`} mah={420} style={{ overflowY: "auto" }}>
        <Menu.Label>{menu?.title}</Menu.Label>
        {menu?.kind === "status" &&
          statuses.map((s) => (
            <Menu.Item
              key={s.id}
              onClick={() => onStatus(s.id)}
              leftSection={<StatusPill name={s.name} shortCode={s.shortCode} color={s.color} size="xs" tooltip={false} />}
              rightSection={s.id === menu.statusId ? <IconCheck size={14} /> : null}
            >
              {s.name}
            </Menu.Item>
          ))}
        {menu?.kind === "assignees" &&
          (slots.length === 0 ? (
            <Text fz="xs" c="dimmed" px="sm" py="xs">
              This project has no roles yet. Add them under Team.
            </Text>
          ) : (
            slots.map((s) => (
              <Menu.Item
                key={s.id}
                onClick={() => onToggleAssignee(s.id)}
                leftSection={<Avatar size={22} radius="xl" color={s.open ? "gray" : "initials"} name={s.label} />}
                rightSection={menu.assigneeSlotIds.includes(s.id) ? <IconCheck size={14} /> : null}
              >
                <Group gap={4} wrap="nowrap">
                  <Text fz="sm" truncate>
                    {s.label}
                  </Text>
                </Group>
              </Menu.Item>
            ))
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
