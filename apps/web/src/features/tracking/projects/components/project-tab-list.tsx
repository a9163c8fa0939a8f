import { Menu, Tabs } from "@mantine/core";
import { IconChevronDown, IconSettings } from "@tabler/icons-react";
import type { ReactNode } from "react";

export type TabMeta = { label: string; icon: ReactNode };

type Props<T extends string> = {
  /** Everyday views, one tab each. */
  primary: readonly T[];
  /** Setting up the project (pipeline, fields, CSV): one "Setup" tab opening a menu, so the row never wraps. */
  setup: readonly T[];
  meta: Record<T, TabMeta>;
  current: T;
  onSelect: (tab: T) => void;
};

/** The project page's tab row: the everyday tabs, then a "Setup" tab that shows which setup page is open. */
export function ProjectTabList<T extends string>({ primary, setup, meta, current, onSelect }: Props<T>) {
  const inSetup = setup.includes(current);
  return (
    <Tabs.List mb="lg">
      {primary.map((t) => (
        // Tighter than Mantine's default padding: ten tabs and Setup fit one row at 1360 px.
        <Tabs.Tab key={t} value={t} leftSection={meta[t].icon} px="xs">
          {meta[t].label}
        </Tabs.Tab>
      ))}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          {/* Its value is the open setup page while one is open, so the tab shows as selected. */}
          <Tabs.Tab
            value={inSetup ? current : "setup"}
            leftSection={<IconSettings size={16} />}
            rightSection={<IconChevronDown size={14} />}
            ml="auto"
            px="xs"
            aria-label={inSetup ? `Setup: ${meta[current].label}` : "Setup"}
          >
            {inSetup ? `Setup · ${meta[current].label}` : "Setup"}
          </Tabs.Tab>
        </Menu.Target>
        <Menu.Dropdown>
          {setup.map((t) => (
            <Menu.Item key={t} leftSection={meta[t].icon} onClick={() => onSelect(t)}>
              {meta[t].label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Tabs.List>
  );
}
