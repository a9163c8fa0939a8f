import type { Organization } from "@backlot/contracts/core/organizations";
import { Alert, Button, Group, NumberInput, Paper, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconGitMerge } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { PermissionTooltip } from "../../authz/components/permission-tooltip";
import { useUpdateOrganization } from "../api/organizations-api";
import { OrganizationRegionFields, type OrganizationFormValues, organizationValidation } from "./organization-fields";

type Values = OrganizationFormValues & { auditRetentionDays: number | string };

const toValues = (o: Organization): Values => ({
  name: o.name,
  timeZone: o.timeZone,
  currency: o.currency,
  weekStart: o.weekStart,
  auditRetentionDays: o.auditRetentionDays ?? "",
});

type Props = { organization: Organization; canEdit: boolean };

export function OrganizationSettingsForm({ organization, canEdit }: Props) {
  const update = useUpdateOrganization(organization.id);
  const [base, setBase] = useState(organization);
  const [conflict, setConflict] = useState<Organization | null>(null);
  const form = useForm<Values>({
    initialValues: toValues(organization),
    validate: {
      ...organizationValidation,
      auditRetentionDays: (v) => (v === "" || (typeof v === "number" && v >= 30 && v <= 3650) ? null : "Between 30 and 3650 days, or empty to keep forever"),
    },
  });

  const load = (o: Organization) => {
    setBase(o);
    setConflict(null);
    update.reset();
    form.setInitialValues(toValues(o));
    form.setValues(toValues(o));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: must run only when the version changes
  useEffect(() => {
    if (organization.version > base.version && !form.isDirty()) load(organization);
  }, [organization.version]);

  const submit = form.onSubmit((v) => {
    const retention = v.auditRetentionDays === "" ? null : Number(v.auditRetentionDays);
    update.mutate(
      {
        version: base.version,
        name: v.name.trim(),
        timeZone: v.timeZone,
        currency: v.currency,
        weekStart: v.weekStart,
        auditRetentionDays: retention,
      },
      {
        onSuccess: (o) => {
          load(o);
          notifications.show({ color: "teal", message: "Organization settings saved." });
        },
        onError: (error) => {
          if (isApiError(error, "version_conflict") && error.problem.current) setConflict(error.problem.current as Organization);
          else if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  const otherError = update.error && !conflict && !(isApiError(update.error) && update.error.problem.errors?.length) ? errorMessage(update.error) : null;

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-label="Organization settings">
        <Stack gap="md">
          <Title order={3} fz="sm" fw={650}>
            Organization
          </Title>
          {conflict && (
            <Alert color="orange" variant="light" icon={<IconGitMerge size={18} />} title="Someone else changed these settings; reload">
              <Group justify="space-between" gap="sm">
                <span>
                  Now: {conflict.name} · {conflict.timeZone} · {conflict.currency} · week starts {conflict.weekStart}
                </span>
                <Button size="xs" color="orange" onClick={() => load(conflict)}>
                  Reload
                </Button>
              </Group>
            </Alert>
          )}
          {otherError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
              {otherError}
            </Alert>
          )}
          <TextInput label="Name" disabled={!canEdit} {...form.getInputProps("name")} />
          <OrganizationRegionFields form={form} disabled={!canEdit} />
          <NumberInput
            label="Keep change history for (days)"
            description="Older history entries are purged. Leave empty to keep history forever."
            placeholder="Forever"
            min={30}
            max={3650}
            allowDecimal={false}
            disabled={!canEdit}
            {...form.getInputProps("auditRetentionDays")}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!form.isDirty() || !canEdit} onClick={() => form.reset()}>
              Discard
            </Button>
            <PermissionTooltip orgId={organization.id} action="organization.update" allowed={canEdit}>
              <Button type="submit" loading={update.isPending} disabled={!canEdit || !form.isDirty()}>
                Save settings
              </Button>
            </PermissionTooltip>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
