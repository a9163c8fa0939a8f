import { Badge, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import {
  IconBroadcast,
  IconCalendarEvent,
  IconChecklist,
  IconClockHour4,
  IconInbox,
  IconLayoutKanban,
  IconMovie,
  IconSettings,
  IconUsers,
} from "@tabler/icons-react";
import type { ComponentType } from "react";
import { Link, useLocation } from "react-router";
import { preloadSection } from "./lazy-pages";

type Item = { to: string; label: string; icon: ComponentType<{ size?: number; stroke?: number }>; soon?: boolean };

const sections: { title: string; items: Item[] }[] = [
  {
    title: "Production",
    items: [
      { to: "tracking", label: "Tracking", icon: IconLayoutKanban },
      { to: "my-tasks", label: "My tasks", icon: IconChecklist },
      { to: "booking", label: "Booking", icon: IconCalendarEvent },
      { to: "shows", label: "Shows", icon: IconBroadcast, soon: true },
      { to: "film", label: "Film", icon: IconMovie, soon: true },
      { to: "timesheet", label: "Timesheet", icon: IconClockHour4 },
    ],
  },
  {
    title: "Studio",
    items: [
      { to: "inbox", label: "Inbox", icon: IconInbox },
      { to: "people", label: "People", icon: IconUsers },
      { to: "settings", label: "Settings", icon: IconSettings },
    ],
  },
];

export function NavLinks({ orgId, onNavigate }: { orgId: string; onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    <ScrollArea type="never">
      <Stack gap="lg" component="nav" aria-label="Main">
        {sections.map((section) => (
          <Stack key={section.title} gap={2}>
            <Text fz={11} fw={700} c="dimmed" tt="uppercase" lts={0.6} px="sm" mb={4}>
              {section.title}
            </Text>
            {section.items.map((item) => {
              const href = `/o/${orgId}/${item.to}`;
              const active = pathname === href || pathname.startsWith(`${href}/`);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={href}
                  label={item.label}
                  active={active}
                  onClick={onNavigate}
                  // Fetch the section's code while the pointer is on its way to a click.
                  onMouseEnter={() => preloadSection(item.to)}
                  onFocus={() => preloadSection(item.to)}
                  leftSection={<item.icon size={18} stroke={1.7} />}
                  rightSection={
                    item.soon ? (
                      <Badge size="xs" variant="default" radius="sm" fw={500}>
                        Soon
                      </Badge>
                    ) : undefined
                  }
                  styles={{ root: { borderRadius: "var(--mantine-radius-sm)" }, label: { fontWeight: 500 } }}
                />
              );
            })}
          </Stack>
        ))}
      </Stack>
    </ScrollArea>
  );
}
