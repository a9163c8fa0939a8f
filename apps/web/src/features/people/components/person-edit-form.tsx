import { FormError } from "../../../components/form-error";
import type { Person } from "@backlot/contracts/core/people";
import { Alert, Button, CloseButton, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconGitMerge, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { useDepartments, useUpdatePerson } from "../api/people-api";
import { type FieldKey, fieldLabels, mergeEdits, PersonFields, type PersonFormValues, personToValues, personValidation, valuesToBody } from "./person-fields";
import { VersionConflictAlert } from "./version-conflict-alert";

type Props = { orgId: string; person: Person; canEdit: boolean; permissionNote?: React.ReactNode };

const listFields = (keys: FieldKey[]) => keys.map((k) => fieldLabels[k].toLowerCase()).join(", ");

/**
 * Edits a person against the version it was loaded from (optimistic concurrency). Newer
 * versions that arrive while editing are merged when they touch other fields; overlapping
 * edits are left for the user to decide, and the server's 409 is the final guard.
 */
export function PersonEditForm({ orgId, person, canEdit, permissionNote }: Props) {
  const departments = useDepartments(orgId);
  const update = useUpdatePerson(orgId, person.id);
  const [base, setBase] = useState(person);
  const [conflict, setConflict] = useState<{ current: Person; overlap: FieldKey[] } | null>(null);
  const [mergedNote, setMergedNote] = useState<FieldKey[] | null>(null);
  const form = useForm<PersonFormValues>({ initialValues: personToValues(person), validate: personValidation });

  /** Moves the form onto `next`; with keepMine the user's edits are laid over it. */
  const rebase = (next: Person, keepMine: boolean) => {
    const theirs = personToValues(next);
    const { merged, overlap, theirChanges } = mergeEdits(personToValues(base), form.getValues(), theirs);
    setBase(next);
    form.setInitialValues(theirs);
    form.setValues(keepMine ? merged : theirs);
    return { overlap, theirChanges };
  };

  // A newer version arrived (live event or refetch). Keyed on the version alone on purpose.
  // biome-ignore lint/correctness/useExhaustiveDependencies: must run only when the version changes
  useEffect(() => {
    if (person.version <= base.version || conflict) return;
    if (!form.isDirty()) {
      rebase(person, false);
      return;
    }
    const { overlap } = mergeEdits(personToValues(base), form.getValues(), personToValues(person));
    if (overlap.length === 0) setMergedNote(rebase(person, true).theirChanges);
  }, [person.version]);

  const stale = person.version > base.version && !conflict;
  const archived = Boolean(person.archivedAt);

  const submit = form.onSubmit((values) => {
    const body = valuesToBody(values);
    const before = valuesToBody(personToValues(base));
    const changed = Object.fromEntries(Object.entries(body).filter(([k, v]) => before[k as keyof typeof before] !== v));
    update.mutate(
      { version: base.version, ...changed },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setMergedNote(null);
          form.setInitialValues(personToValues(saved));
          form.setValues(personToValues(saved));
          notifications.show({ color: "teal", message: "Changes saved." });
        },
        onError: (error) => {
          if (isApiError(error, "version_conflict") && error.problem.current) {
            const current = error.problem.current as Person;
            const { overlap } = mergeEdits(personToValues(base), form.getValues(), personToValues(current));
            setConflict({ current, overlap });
          } else if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  const resolve = (keepMine: boolean) => {
    if (!conflict) return;
    rebase(conflict.current, keepMine);
    setConflict(null);
    update.reset();
  };

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
              current={conflict.current}
              overlap={conflict.overlap}
              mine={form.getValues()}
              onReload={() => resolve(false)}
              onKeepMine={() => resolve(true)}
            />
          )}
          {stale && (
            <Alert color="orange" variant="light" icon={<IconRefresh size={18} />} title="Someone else is editing the same fields">
              <Group justify="space-between" gap="sm">
                <Text fz="sm">This person changed while you were editing. Saving will ask whose values to keep.</Text>
                <Button size="xs" variant="white" onClick={() => rebase(person, false)}>
                  Load latest (discard my edits)
                </Button>
              </Group>
            </Alert>
          )}
          {mergedNote && mergedNote.length > 0 && !conflict && (
            <Alert color="blue" variant="light" icon={<IconGitMerge size={18} />} py={8}>
              <Group justify="space-between" wrap="nowrap">
                <Text fz="sm">Someone else changed {listFields(mergedNote)}; their values are in the form with your edits.</Text>
                <CloseButton size="sm" onClick={() => setMergedNote(null)} aria-label="Dismiss" />
              </Group>
            </Alert>
          )}
          <FormError message={otherError} />
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
