import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBroadcast, IconCalendarEvent, IconCheck, IconMovie } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { usePageTitle } from "../../../components/use-page-title";
import { ModuleSketch } from "./module-sketch";

type ModuleKey = "booking" | "shows" | "film";

type ModuleInfo = { title: string; tagline: string; icon: ReactNode; color: string; points: string[]; replaces: string };

const modules: Record<ModuleKey, ModuleInfo> = {
  booking: {
    title: "Booking",
    tagline: "Schedule artists, crew, rooms and equipment without double-booking.",
    icon: <IconCalendarEvent size={26} />,
    color: "teal",
    points: [
      "Drag-and-drop scheduler across people, rooms and equipment",
      "Ranked holds (pencils) and confirmed bookings that never overlap",
      "Availability search by skill, location, rate and dates",
      "Time off, public holidays, capacity and utilisation reports",
    ],
    replaces: "Float, Resource Guru, Hub Planner",
  },
  shows: {
    title: "Shows",
    tagline: "Plan livestream shows across studios, rooms, hosts, clients and platforms.",
    icon: <IconBroadcast size={26} />,
    color: "grape",
    points: [
      "Show schedules per room with hosts (MCs), clients and platforms",
      "Draft shows hold resources; confirming books them",
      "Task templates that prepare every show automatically",
      "Client views and billing-ready reports",
    ],
    replaces: "spreadsheets and chat threads",
  },
  film: {
    title: "Film",
    tagline: "Break down scripts, build stripboards and call sheets, and control budgets.",
    icon: <IconMovie size={26} />,
    color: "orange",
    points: [
      "Script import and scene breakdown by element",
      "Stripboards and shooting schedules",
      "Call sheets sent to cast and crew",
      "Budgets with actuals, tied to VFX and assets",
    ],
    replaces: "StudioBinder, Movie Magic",
  },
};

/** Placeholder for a module that is planned but not built yet: what it will do. */
export function ComingSoonPage({ module }: { module: ModuleKey }) {
  const info = modules[module];
  usePageTitle(info.title);
  return (
    <Stack gap="lg" maw={960}>
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={52} radius="md" variant="light" color={info.color}>
          {info.icon}
        </ThemeIcon>
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={1} fz={24} fw={700}>
              {info.title}
            </Title>
            <Badge variant="light" color={info.color} radius="sm">
              Coming soon
            </Badge>
          </Group>
          <Text c="dimmed" fz="sm">
            {info.tagline}
          </Text>
        </Stack>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg">
          <Text fw={650} fz="sm" mb="sm">
            What this module will do
          </Text>
          <List
            spacing={8}
            fz="sm"
            icon={
              <ThemeIcon size={18} radius="xl" variant="light" color={info.color}>
                <IconCheck size={12} />
              </ThemeIcon>
            }
          >
            {info.points.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Paper>
        <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-default-hover)">
          <Text fw={650} fz="sm" mb="sm">
            Built on what you set up today
          </Text>
          <Text fz="sm" c="dimmed" mb="sm">
            {info.title} will use the people, members and roles you manage now — nothing to migrate when it arrives. Every change will be audited and appear
            live for your team.
          </Text>
          <Text fz="xs" c="dimmed">
            Designed to replace {info.replaces}.
          </Text>
        </Paper>
      </SimpleGrid>
      <ModuleSketch color={info.color} />
    </Stack>
  );
}
