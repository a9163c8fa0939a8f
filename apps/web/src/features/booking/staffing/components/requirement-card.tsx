import type { Candidate, StaffingRequirement } from "@backlot/contracts/booking/planning";
import { ActionIcon, Badge, Group, Menu, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendar, IconDots, IconPencil, IconTrash, IconUserSearch } from "@tabler/icons-react";
import dayjs from "dayjs";
import { errorMessage } from "../../../../lib/api-client";
import { formatMoney } from "../../../../lib/format";
import { usePencil } from "../api/staffing-api";
import { CandidatesTable } from "./candidates-table";
import { rankLabel } from "../../bookings/api/booking-labels";

type Props = { orgId: string; projectId: string; requirement: StaffingRequirement; canManage: boolean; onEdit: () => void; onDelete: () => void };

function dates(r: StaffingRequirement) {
  const a = dayjs(r.startDate);
  const b = dayjs(r.endDate);
  return `${a.format(a.year() === b.year() ? "D MMM" : "D MMM YYYY")} – ${b.format("D MMM YYYY")}`;
}

/** One staffing need: what it asks for, how far it is filled, and who could fill the rest. */
export function RequirementCard({ orgId, projectId, requirement: r, canManage, onEdit, onDelete }: Props) {
  const pencil = usePencil(orgId, projectId);
  const open = Math.max(0, r.count - r.filled);
  const doPencil = (c: Candidate) =>
    pencil.mutate(
      { requirement: r, personId: c.personId },
      {
        onSuccess: (b) =>
          notifications.show({
            color: "teal",
            title: `${c.displayName} pencilled`,
            message: `${rankLabel(b.holdRank)} for ${r.role}, ${dates(r)}${b.rate !== null ? ` at ${formatMoney(b.rate, b.currency)}/day` : ""}.`,
          }),
        onError: (e) => notifications.show({ color: "red", title: `Could not pencil ${c.displayName}`, message: errorMessage(e) }),
      },
    );
  return (
    <Paper withBorder radius="md" data-testid="requirement-card">
      <Group justify="space-between" p="md" wrap="nowrap" align="flex-start">
        <Stack gap={6}>
          <Group gap="xs">
            <Title order={3} fz="md" fw={650}>
              {r.role}
            </Title>
            {r.department && (
              <Badge variant="outline" color="gray" size="sm" radius="sm" tt="none">
                {r.department}
              </Badge>
            )}
            {r.skills.map((s) => (
              <Badge key={s.name} variant="light" color="indigo" size="sm" radius="sm" tt="none">
                {s.name} ≥ {s.minLevel}
              </Badge>
            ))}
          </Group>
          <Group gap="md" c="dimmed" fz="sm">
            <Group gap={4}>
              <IconCalendar size={14} />
              <Text fz="sm">{dates(r)}</Text>
            </Group>
            {r.notes && (
              <Text fz="sm" lineClamp={1} maw={420}>
                {r.notes}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="md" wrap="nowrap">
          <Stack gap={4} w={140}>
            <Text fz="xs" ta="right" fw={600} data-testid="requirement-filled">
              {r.filled} of {r.count} booked
            </Text>
            <Progress value={(Math.min(r.filled, r.count) / r.count) * 100} color={open === 0 ? "teal" : "yellow"} size="sm" radius="xl" />
          </Stack>
          {canManage && (
            <Menu position="bottom-end" withinPortal shadow="md">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${r.role}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
                  Edit
                </Menu.Item>
                <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={onDelete}>
                  Remove
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
        {open === 0 ? (
          <Text fz="sm" c="dimmed" p="md">
            Fully booked. Release a booking to see candidates again.
          </Text>
        ) : r.candidates.length === 0 ? (
          <Group gap="xs" p="md" c="dimmed">
            <IconUserSearch size={16} />
            <Text fz="sm">Nobody with these skills is free for all of these dates. Loosen the skills or move the dates.</Text>
          </Group>
        ) : (
          <CandidatesTable
            orgId={orgId}
            requirement={r}
            canBook={canManage}
            pencilling={pencil.isPending ? (pencil.variables?.personId ?? null) : null}
            onPencil={doPencil}
          />
        )}
      </div>
    </Paper>
  );
}
