import type { Person } from "@backlot/contracts/core/people";
import { Badge } from "@mantine/core";

export function PersonStatusBadge({ person }: { person: Pick<Person, "active" | "archivedAt"> }) {
  if (person.archivedAt)
    return (
      <Badge color="orange" variant="light" size="sm" radius="sm">
        Archived
      </Badge>
    );
  return person.active ? (
    <Badge color="teal" variant="light" size="sm" radius="sm">
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="light" size="sm" radius="sm">
      Inactive
    </Badge>
  );
}
