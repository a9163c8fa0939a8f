import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useUpdateSlot } from "../api/slots-api";
import { PersonPicker } from "./person-picker";

type Props = { orgId: string; projectId: string; slot: RoleSlot; opened: boolean; onClose: () => void };

/** Fills a role with a person from the directory (or changes who fills it). */
export function FillSlotModal({ orgId, projectId, slot, opened, onClose }: Props) {
  const update = useUpdateSlot(orgId, projectId);
  const [personId, setPersonId] = useState<string | null>(slot.personId);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const save = () => {
    if (!personId) {
      setFieldError("Choose a person");
      return;
    }
    update.mutate(
      { id: slot.id, version: slot.version, personId },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "teal", message: `${saved.personName} now fills ${saved.displayName}.` });
          onClose();
        },
        onError: (e) => setFieldError(isApiError(e) ? (e.fieldErrors().personId ?? null) : null),
      },
    );
  };

  const conflict = isApiError(update.error, "version_conflict");
  const generalError = conflict
    ? "Someone else changed this role just now; close this dialog and try again."
    : update.error && !fieldError
      ? errorMessage(update.error)
      : null;
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>Fill {slot.displayName}</Text>}>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {slot.role}
          {slot.department ? ` · ${slot.department}` : ""}. Tasks assigned to this role go to the person you choose.
        </Text>
        <FormError message={generalError} />
        <PersonPicker
          orgId={orgId}
          label="Person"
          data-autofocus
          value={personId}
          currentName={slot.personName}
          error={fieldError}
          onChange={(id) => {
            setPersonId(id);
            setFieldError(null);
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={personId === slot.personId}>
            Fill role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
