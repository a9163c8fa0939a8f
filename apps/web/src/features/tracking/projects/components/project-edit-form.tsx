import type { Project } from "@backlot/contracts/tracking/projects";
import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconGitMerge } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useUpdateProject } from "../api/projects-api";
import {
  fieldLabels,
  ProjectCoreFields,
  ProjectDetailFields,
  type ProjectFormValues,
  projectToValues,
  projectValidation,
  valuesToBody,
} from "./project-fields";

type Props = { orgId: string; project: Project; canEdit: boolean };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields the user changed, so a save never overwrites someone else's other edits. */
function changedFields(values: ProjectFormValues, base: Project) {
  const now = valuesToBody(values);
  const before = valuesToBody(projectToValues(base));
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => !same(v, before[k as keyof typeof before])));
}

function refusalErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === "conflict") return { code: "Another project already uses this code" };
  return error.fieldErrors();
}

/** The project's details, saved against the version they were loaded from (CORE-15). */
export function ProjectEditForm({ orgId, project, canEdit }: Props) {
  const update = useUpdateProject(orgId, project.id);
  const [base, setBase] = useState(project);
  const [conflict, setConflict] = useState<Project | null>(null);
  const form = useForm<ProjectFormValues>({ initialValues: projectToValues(project), validate: projectValidation });
  const archived = Boolean(project.archivedAt);
  const disabled = !canEdit || archived;

  const load = (p: Project) => {
    setBase(p);
    setConflict(null);
    update.reset();
    form.setInitialValues(projectToValues(p));
    form.setValues(projectToValues(p));
  };

  // A newer version arrived (live event or refetch): take it unless the user is mid-edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: must run only when the version changes
  useEffect(() => {
    if (project.version > base.version && !form.isDirty()) load(project);
  }, [project.version]);

  const submit = form.onSubmit((values) => {
    update.mutate(
      { version: base.version, ...changedFields(values, base) },
      {
        onSuccess: (saved) => {
          load(saved);
          notifications.show({ color: "teal", message: "Project saved." });
        },
        onError: (error) => {
          if (isApiError(error, "version_conflict") && error.problem.current) setConflict(error.problem.current as Project);
          else form.setErrors(refusalErrors(error));
        },
      },
    );
  });

  const otherError = update.error && !conflict && Object.keys(refusalErrors(update.error)).length === 0 ? errorMessage(update.error) : null;
  const theirChanges = conflict
    ? (Object.keys(fieldLabels) as (keyof ProjectFormValues)[]).filter((k) => !same(projectToValues(conflict)[k], projectToValues(base)[k]))
    : [];

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-label="Project details">
        <Stack gap="md">
          <Title order={3} fz="sm" fw={650}>
            Details
          </Title>
          {archived && (
            <Text fz="sm" c="dimmed">
              This project is archived. Restore it to make changes.
            </Text>
          )}
          {conflict && (
            <Alert color="orange" variant="light" icon={<IconGitMerge size={18} />} title="Someone else changed this project" data-testid="version-conflict">
              <Group justify="space-between" gap="sm" wrap="nowrap">
                <Text fz="sm">
                  Your changes were not saved. They changed {theirChanges.map((k) => fieldLabels[k].toLowerCase()).join(", ") || "it"}. Load their version, then
                  make your edits again.
                </Text>
                <Button size="xs" color="orange" onClick={() => load(conflict)}>
                  Load latest
                </Button>
              </Group>
            </Alert>
          )}
          <FormError message={otherError} />
          <ProjectCoreFields form={form} disabled={disabled} />
          <Divider />
          <ProjectDetailFields form={form} disabled={disabled} />
          {!archived && (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" disabled={!form.isDirty() || disabled} onClick={() => form.reset()}>
                Discard
              </Button>
              <PermissionTooltip orgId={orgId} action="project.manage" allowed={canEdit}>
                <Button type="submit" loading={update.isPending} disabled={disabled || !form.isDirty()}>
                  Save changes
                </Button>
              </PermissionTooltip>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
