import type { Project } from "@backlot/contracts/tracking/projects";
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconArchive, IconRestore } from "@tabler/icons-react";
import { ConfirmDialog } from "../../../../components/confirm-dialog";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useArchiveProject } from "../api/projects-api";

type Props = { orgId: string; project: Project; allowed: boolean };

export function ProjectArchiveButton({ orgId, project, allowed }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useArchiveProject(orgId, project.id);
  const archived = Boolean(project.archivedAt);

  const run = () =>
    mutation.mutate(
      { archive: !archived, version: project.version },
      {
        onSuccess: (p) => {
          close();
          notifications.show({ color: "teal", message: `${p.name} was ${p.archivedAt ? "archived" : "restored"}.` });
        },
        onError: (e) => {
          if (archived) notifications.show({ color: "red", title: "Not restored", message: errorMessage(e) });
        },
      },
    );

  const message = isApiError(mutation.error, "version_conflict")
    ? "Someone else changed this project; close this dialog and try again."
    : mutation.error
      ? errorMessage(mutation.error)
      : null;
  return (
    <>
      <PermissionTooltip orgId={orgId} action="project.manage" allowed={allowed}>
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
        title={`Archive ${project.name}?`}
        message="Archived projects leave the project list and can no longer be edited until restored. Shots, tasks, crew and history are kept."
        confirmLabel="Archive project"
        color="orange"
        loading={mutation.isPending}
        onConfirm={run}
        error={<FormError message={message} />}
      />
    </>
  );
}
