import type { ApiToken } from "@backlot/contracts/core/tokens";
import { Alert, Button, Group, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconPlus } from "@tabler/icons-react";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { useCreateApiToken } from "../api/tokens-api";

const expiryOptions = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never" },
];

export function CreateTokenForm({ onCreated }: { onCreated: (t: ApiToken) => void }) {
  const create = useCreateApiToken();
  const form = useForm({
    initialValues: { name: "", expires: "90" },
    validate: { name: (v) => (!v.trim() ? "Name the token after what uses it" : v.length > 100 ? "Keep it under 100 characters" : null) },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), expiresInDays: v.expires === "never" ? null : Number(v.expires) },
      {
        onSuccess: (t) => {
          form.reset();
          onCreated(t);
        },
        onError: (e) => isApiError(e) && form.setErrors(e.fieldErrors()),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Create API token">
      {create.error && !(isApiError(create.error) && create.error.problem.errors?.length) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} mb="sm">
          {errorMessage(create.error)}
        </Alert>
      )}
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label="Token name" placeholder="e.g. Nuke publish script" style={{ flex: "1 1 240px" }} {...form.getInputProps("name")} />
        <Select label="Expires after" data={expiryOptions} allowDeselect={false} w={150} {...form.getInputProps("expires")} />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={create.isPending}>
          Create token
        </Button>
      </Group>
    </form>
  );
}
