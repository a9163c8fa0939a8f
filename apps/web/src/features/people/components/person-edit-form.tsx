import type { Person } from "@backlot/contracts/core/people";
import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { useDepartments, useUpdatePerson } from "../api/people-api";
import { PersonFields, type PersonFormValues, personToValues, personValidation, valuesToBody } from "./person-fields";
import { VersionConflictAlert } from "./version-conflict-alert";

type Props = { orgId: string; person: Person; canEdit: boolean; permissionNote?: React.ReactNode };

/** Edits a person against the version it was loaded from (optimistic concurrency). */
export function PersonEditForm({ orgId, person, canEdit, permissionNote }: Props) {
  const departments = useDepartments(orgId);
  const update = useUpdatePerson(orgId, person.id);
  const [base, setBase] = useState(person);
  const [conflict, setConflict] = useState<Person | null>(null);
  const form = useForm<PersonFormValues>({ initialValues: personToValues(person), validate: personValidation });

  const loadVersion = (next: Person, keepMine = false) => {
    setBase(next);
    setConflict(null);
    update.reset();
    const values = personToValues(next);
    form.setInitialValues(values);
    if (!keepMine) form.setValues(values);
  };

  // A newer version arrived (live event or refetch): take it if the user has no edits.
  useEffect(() => {
    if (person.version > base.version && !form.isDirty()) loadVersion(person);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person.version]);

  const stale = person.version > base.version && !conflict;
  const archived = Boolean(person.archivedAt);

  const submit = form.onSubmit((values) => {
    const body = valuesToBody(values);
    const before = valuesToBody(personToValues(base));
    const changed = Object.fromEntries(
      Object.entries(body).filter(([k, v]) => before[k as keyof typeof before] !== v),
    );
    update.mutate(
      { version: base.version, ...changed },
      {
        onSuccess: (saved) => {
          loadVersion(saved);
          notifications.show({ color: "teal", message: "Changes saved." });
        },
        onError: (error) => {
          if (isApiError(error, "version_conflict") && error.problem.current) {
            setConflict(error.problem.current as Person);
          } else if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  const otherError =
    update.error && !isApiError(update.error, "version_conflict") && !(isApiError(update.error) && update.error.problem.errors?.length)
      ? errorMessage(update.error)
      : null;

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-label="Edit person">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3} fz="sm" fw={650}>
              Details
            </Title>
            {permissionNote}
          </Group>
          {archived && (
            <Text fz="sm" c="dimmed">
              This person is archived. Restore them to make changes.
            </Text>
          )}
          {conflict && (
            <VersionConflictAlert
              current={conflict}
              mine={form.getValues()}
              onReload={() => loadVersion(conflict)}
              onKeepMine={() => loadVersion(conflict, true)}
            />
          )}
          {stale && (
            <Alert color="blue" variant="light" icon={<IconRefresh size={18} />} title="Updated by someone else">
              <Group justify="space-between" gap="sm">
                <Text fz="sm">This person changed while you were editing. Saving now will ask you to reconcile.</Text>
                <Button size="xs" variant="white" onClick={() => loadVersion(person)}>
                  Load latest (discard my edits)
                </Button>
              </Group>
            </Alert>
          )}
          {otherError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {otherError}
            </Alert>
          )}
          <PersonFields form={form} departments={departments.data ?? []} disabled={!canEdit || archived} />
          {canEdit && !archived && (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                Discard
              </Button>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                Save changes
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
