import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { AuthLayout } from "../../../components/auth-layout";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { browserTimeZone, useCreateOrganization } from "../api/organizations-api";
import { OrganizationRegionFields, type OrganizationFormValues, organizationValidation } from "./organization-fields";

/** First-run ("create your organization") and later "create another organization". */
export function CreateOrganizationPage({ first = false }: { first?: boolean }) {
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const form = useForm<OrganizationFormValues>({
    initialValues: { name: "", timeZone: browserTimeZone(), currency: "USD", weekStart: "monday" },
    validate: organizationValidation,
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (org) => navigate(`/o/${org.id}/people`, { replace: true }),
        onError: (error) => isApiError(error) && form.setErrors(error.fieldErrors()),
      },
    ),
  );

  const showGeneral = create.error && !(isApiError(create.error) && create.error.problem.errors?.length);
  return (
    <AuthLayout
      width={480}
      title={first ? "Create your organization" : "Create an organization"}
      subtitle={
        first
          ? "An organization is your studio's workspace: its people, productions and settings. You can invite your team next."
          : "A separate workspace with its own people, members and settings."
      }
      footer={
        !first && (
          <Anchor component={Link} to="/" fz="sm">
            Cancel
          </Anchor>
        )
      }
    >
      <form onSubmit={submit} noValidate aria-label="Create organization">
        <Stack gap="md">
          {showGeneral && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <TextInput label="Organization name" placeholder="e.g. Northlight Pictures" autoFocus {...form.getInputProps("name")} />
          <OrganizationRegionFields form={form} />
          <Button type="submit" loading={create.isPending} fullWidth mt="xs">
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
