import type { PersonProfile } from "@backlot/contracts/booking/profiles";
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconRefresh } from "@tabler/icons-react";
import { ErrorState } from "../../../../components/error-state";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { usePersonProfile, useUpdateProfile } from "../api/profile-api";
import { ProfileFields } from "./profile-fields";
import { changedFields, formErrors, type ProfileFormValues, profileToValues } from "./profile-values";

type Props = { orgId: string; personId: string; canEdit: boolean; archived: boolean };

/** The person's booking profile (BOOK-1): skills, rate, location, working week. */
export function BookingProfileCard({ orgId, personId, canEdit, archived }: Props) {
  const profile = usePersonProfile(orgId, personId);
  let body: React.ReactNode;
  if (profile.isPending)
    body = (
      <Stack gap="sm" aria-busy="true" aria-label="Loading booking profile">
        <Skeleton h={28} />
        <Skeleton h={28} w="70%" />
        <Skeleton h={120} />
      </Stack>
    );
  else if (profile.isError) body = <ErrorState error={profile.error} title="Could not load the booking profile" onRetry={() => profile.refetch()} />;
  // Keyed on the version: a save or another user's change restarts the form from the server's values.
  else
    body = <ProfileForm key={profile.data.version} orgId={orgId} profile={profile.data} editable={canEdit && !archived} onReload={() => profile.refetch()} />;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="booking-profile">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} fz="sm" fw={650}>
            Booking profile
          </Title>
          {profile.data && profile.data.version === 0 && (
            <Badge variant="light" color="gray" size="sm">
              Not set up yet
            </Badge>
          )}
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}

type FormProps = { orgId: string; profile: PersonProfile; editable: boolean; onReload: () => void };

function ProfileForm({ orgId, profile, editable, onReload }: FormProps) {
  const update = useUpdateProfile(orgId, profile.personId);
  const initial = profileToValues(profile);
  const form = useForm<ProfileFormValues>({ initialValues: initial });

  const submit = form.onSubmit((values) => {
    update.mutate(
      { version: profile.version, ...changedFields(initial, values) },
      {
        onSuccess: () => notifications.show({ color: "teal", message: "Booking profile saved." }),
        onError: (error) => {
          if (isApiError(error)) form.setErrors(formErrors(error.fieldErrors()));
        },
      },
    );
  });

  const conflict = isApiError(update.error, "version_conflict");
  const fieldErrorsShown = isApiError(update.error) && (update.error.problem.errors?.length ?? 0) > 0;
  return (
    <form onSubmit={submit} noValidate aria-label="Booking profile">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" icon={<IconRefresh size={18} />} title="Someone else saved this profile first">
            <Group justify="space-between" gap="sm">
              <Text fz="sm">Load their version, then make your changes again.</Text>
              <Button size="xs" variant="white" onClick={onReload}>
                Load latest
              </Button>
            </Group>
          </Alert>
        )}
        <FormError message={update.error && !conflict && !fieldErrorsShown ? errorMessage(update.error) : null} />
        <ProfileFields orgId={orgId} form={form} profile={profile} disabled={!editable} />
        {editable && (
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
              Discard
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save profile
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
