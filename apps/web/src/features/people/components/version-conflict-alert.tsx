import type { Person } from "@backlot/contracts/core/people";
import { Alert, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconGitMerge } from "@tabler/icons-react";
import { type FieldKey, type PersonFormValues, fieldLabels as labels, personToValues } from "./person-fields";

type Props = {
  current: Person;
  /** The fields the user edited that the other change also touched. */
  overlap: FieldKey[];
  mine: PersonFormValues;
  onReload: () => void;
  onKeepMine: () => void;
};

const show = (v: string | boolean) => (typeof v === "boolean" ? (v ? "Yes" : "No") : v || "—");

/** Shown when a save was based on an older version: what the record is now, and the choices. */
export function VersionConflictAlert({ current, overlap, mine, onReload, onKeepMine }: Props) {
  const theirs = personToValues(current);
  const differing = overlap;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconGitMerge size={18} />}
      title="Someone else changed this person; reload"
      role="alert"
      data-testid="version-conflict"
    >
      <Stack gap="sm">
        <Text fz="sm">
          Your changes were not saved because this record was updated after you opened it.
          {differing.length > 0
            ? " You both changed the fields below: choose whose values to keep, then save again."
            : " Their changes don't touch yours; keep your edits and save again."}
        </Text>
        {differing.length > 0 && (
          <Table fz="xs" verticalSpacing={4} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Field</Table.Th>
                <Table.Th>Now</Table.Th>
                <Table.Th>Yours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differing.map((k) => (
                <Table.Tr key={k}>
                  <Table.Td>{labels[k]}</Table.Td>
                  <Table.Td>{show(theirs[k])}</Table.Td>
                  <Table.Td>{show(mine[k])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="xs">
          <Button size="xs" color="orange" onClick={onReload}>
            Use their values
          </Button>
          <Button size="xs" variant="default" onClick={onKeepMine}>
            Keep my edits
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
