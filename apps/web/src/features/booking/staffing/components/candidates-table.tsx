import type { Candidate, StaffingRequirement } from "@backlot/contracts/booking/planning";
import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { Link } from "react-router";
import { formatMoney } from "../../../../lib/format";
import { rankLabel } from "../../bookings/api/booking-labels";

type Props = {
  orgId: string;
  requirement: StaffingRequirement;
  canBook: boolean;
  pencilling: string | null;
  onPencil: (candidate: Candidate) => void;
};

function SkillsCell({ candidate, requirement }: { candidate: Candidate; requirement: StaffingRequirement }) {
  const wanted = new Map(requirement.skills.map((s) => [s.name.toLowerCase(), s.minLevel]));
  const shown = candidate.skills
    .filter((s) => wanted.has(s.name.toLowerCase()))
    .concat(candidate.skills.filter((s) => !wanted.has(s.name.toLowerCase())).slice(0, 2));
  return (
    <Group gap={4}>
      {shown.map((s) => (
        <Badge
          key={s.name}
          size="xs"
          radius="sm"
          tt="none"
          variant={wanted.has(s.name.toLowerCase()) ? "light" : "outline"}
          color={wanted.has(s.name.toLowerCase()) ? "indigo" : "gray"}
        >
          {s.name} {s.level}
        </Badge>
      ))}
    </Group>
  );
}

/** Free people ranked by skill match, then cost; "Pencil" puts a hold on them for the requirement's dates. */
export function CandidatesTable({ orgId, requirement, canBook, pencilling, onPencil }: Props) {
  return (
    <Table verticalSpacing={6} fz="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Candidate</Table.Th>
          <Table.Th>Skills</Table.Th>
          <Table.Th w={120}>Match</Table.Th>
          <Table.Th ta="right">Day rate</Table.Th>
          <Table.Th ta="right">Est. cost</Table.Th>
          <Table.Th w={110} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requirement.candidates.map((c) => (
          <Table.Tr key={c.personId} data-testid="candidate-row">
            <Table.Td>
              <Stack gap={0}>
                <Anchor component={Link} to={`/o/${orgId}/people/${c.personId}`} fz="sm" fw={500}>
                  {c.displayName}
                </Anchor>
                <Text fz="xs" c="dimmed">
                  {[c.title, c.location].filter(Boolean).join(" · ") || c.department || "—"}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <SkillsCell candidate={c} requirement={requirement} />
            </Table.Td>
            <Table.Td>
              <Tooltip label={`Skill match ${Math.round(c.matchScore * 100)}%`} withArrow>
                <Progress value={c.matchScore * 100} color={c.matchScore >= 0.8 ? "teal" : c.matchScore >= 0.6 ? "blue" : "gray"} size="sm" radius="xl" />
              </Tooltip>
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatMoney(c.dayRate, c.currency)}
            </Table.Td>
            <Table.Td ta="right">
              <Text fz="sm" ff="monospace">
                {formatMoney(c.estimatedCost, c.currency)}
              </Text>
              <Text fz="xs" c="dimmed">
                {c.workingDays} days
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {c.holds.length > 0 && (
                  <Tooltip label={c.holds.map((h) => `${rankLabel(h.holdRank)} on ${h.projectName}`).join(", ")} withArrow multiline maw={260}>
                    <Badge size="xs" color="yellow" variant="light">
                      {c.holds.length} hold{c.holds.length === 1 ? "" : "s"}
                    </Badge>
                  </Tooltip>
                )}
                {canBook && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconPencil size={12} />}
                    loading={pencilling === c.personId}
                    onClick={() => onPencil(c)}
                    aria-label={`Pencil ${c.displayName}`}
                  >
                    Pencil
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
