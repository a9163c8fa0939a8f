import type { Person } from "@backlot/contracts/core/people";
import { Alert, Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconArchive, IconRestore } from "@tabler/icons-react";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { PermissionTooltip } from "../../authz/components/permission-tooltip";
import { useArchivePerson } from "../api/people-api";

type Props = { orgId: string; person: Person; allowed: boolean };

export function PersonArchiveButton({ orgId, person, allowed }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useArchivePerson(orgId, person.id);
  const archived = Boolean(person.archivedAt);

  const run = () =>
    mutation.mutate(
      { archive: !archived, version: person.version },
      {
        onSuccess: (p) => {
          close();
          notifications.show({
            color: "teal",
            message: `${p.displayName} was ${p.archivedAt ? "archived" : "restored"}.`,
          });
        },
      },
    );

  const conflict = isApiError(mutation.error, "version_conflict");
  return (
    <>
      <PermissionTooltip orgId={orgId} action="person.archive" allowed={allowed}>
        <Button
          variant="default"
          leftSection={archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
          disabled={!allowed}
          onClick={archived ? run : open}
          loading={archived && mutation.isPending}
        >
          {archived ? "Restore" : "Archive"}
        </Button>
      </PermissionTooltip>
      <ConfirmDialog
        opened={opened}
        onClose={() => {
          close();
          mutation.reset();
        }}
        title={`Archive ${person.displayName}?`}
        message="Archived people are hidden from the directory and can't be booked. Their history is kept, and you can restore them at any time."
        confirmLabel="Archive"
        color="orange"
        loading={mutation.isPending}
        onConfirm={run}
        error={
          mutation.error && (
            <Alert color="red" variant="light">
              {conflict ? "Someone else changed this person; close this dialog and try again." : errorMessage(mutation.error)}
            </Alert>
          )
        }
      />
    </>
  );
}
