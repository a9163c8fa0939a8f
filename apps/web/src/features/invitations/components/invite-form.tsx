import type { Invitation } from "@backlot/contracts/core/invitations";
import { type OrgRole, assignableRoles } from "@backlot/contracts/core/roles";
import { Alert, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconSend } from "@tabler/icons-react";
import { z } from "zod";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { PermissionTooltip } from "../../authz/components/permission-tooltip";
import { useCreateInvitation } from "../api/invitations-api";

const emailCheck = z.email();

type Props = { orgId: string; myRole: OrgRole; allowed: boolean; onInvited: (i: Invitation) => void };

export function InviteForm({ orgId, myRole, allowed, onInvited }: Props) {
  const create = useCreateInvitation(orgId);
  const roles = assignableRoles(myRole);
  const form = useForm({
    initialValues: { email: "", role: "member" as OrgRole },
    validate: { email: (v) => (emailCheck.safeParse(v.trim()).success ? null : "Enter a valid email address") },
  });

  const submit = form.onSubmit((v) =>
    create.mutate(
      { email: v.email.trim().toLowerCase(), role: v.role },
      {
        onSuccess: (invitation) => {
          form.reset();
          onInvited(invitation);
        },
        onError: (error) => isApiError(error) && form.setErrors(error.fieldErrors()),
      },
    ),
  );

  const general = create.error && !(isApiError(create.error) && create.error.problem.errors?.length);
  return (
    <form onSubmit={submit} noValidate aria-label="Invite member">
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          Invitations are valid for 7 days. Without SMTP configured, copy the link and send it yourself.
        </Text>
        {general && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Email"
            type="email"
            placeholder="colleague@studio.com"
            disabled={!allowed}
            style={{ flex: "1 1 260px" }}
            {...form.getInputProps("email")}
          />
          <Select
            label="Role"
            data={(roles.length ? roles : ["member"]).map((r) => ({ value: r, label: r[0]?.toUpperCase() + r.slice(1) }))}
            allowDeselect={false}
            disabled={!allowed}
            w={160}
            {...form.getInputProps("role")}
          />
          <PermissionTooltip orgId={orgId} action="member.invite" allowed={allowed}>
            <Button type="submit" mt={25} leftSection={<IconSend size={16} />} loading={create.isPending} disabled={!allowed}>
              Send invitation
            </Button>
          </PermissionTooltip>
        </Group>
      </Stack>
    </form>
  );
}
