import { Button, Group } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";

type Props = {
  /** Absent when adding: nothing to delete yet. */
  onDelete?: () => void;
  deleting?: boolean;
  onCancel: () => void;
  submitLabel: string;
  saving: boolean;
};

/** The foot of a timeline drawer's form: delete on the left, cancel and save on the right. */
export function DrawerActions({ onDelete, deleting, onCancel, submitLabel, saving }: Props) {
  return (
    <Group justify="space-between" mt="xs">
      {onDelete ? (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} loading={deleting} onClick={onDelete}>
          Delete
        </Button>
      ) : (
        <span />
      )}
      <Group gap="xs">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
}
