import type { StaffingRequirement } from "@backlot/contracts/booking/planning";
import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useDepartments } from "../../../people/api/people-api";
import { useSlots } from "../../../tracking/slots/api/slots-api";
import { formErrors } from "../../profiles/components/profile-values";
import { SkillsEditor } from "../../profiles/components/skills-editor";
import { DayInput } from "../../time-off/components/day-input";
import { useSaveRequirement } from "../api/staffing-api";

type Values = {
  role: string;
  department: string;
  skills: { name: string; level: number }[];
  startDate: string | null;
  endDate: string | null;
  count: number | string;
  roleSlotId: string | null;
  notes: string;
};

type Props = { orgId: string; projectId: string; requirement: StaffingRequirement | null; onClose: () => void };

const toValues = (r: StaffingRequirement | null): Values => ({
  role: r?.role ?? "",
  department: r?.department ?? "",
  skills: (r?.skills ?? []).map((s) => ({ name: s.name, level: s.minLevel })),
  startDate: r?.startDate ?? null,
  endDate: r?.endDate ?? null,
  count: r?.count ?? 1,
  roleSlotId: r?.roleSlotId ?? null,
  notes: r?.notes ?? "",
});

/** Adds or edits a staffing requirement: who the project needs, with which skills, when, how many. */
export function RequirementModal({ orgId, projectId, requirement, onClose }: Props) {
  const save = useSaveRequirement(orgId, projectId);
  const departments = useDepartments(orgId);
  const slots = useSlots(orgId, projectId);
  const form = useForm<Values>({
    initialValues: toValues(requirement),
    validate: { role: (v) => (v.trim() ? null : "Name the role, e.g. Compositor") },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        id: requirement?.id,
        version: requirement?.version,
        role: v.role.trim(),
        department: v.department.trim() || null,
        skills: v.skills.map((s) => ({ name: s.name, minLevel: s.level })),
        startDate: v.startDate ?? "",
        endDate: v.endDate ?? "",
        count: Number(v.count),
        roleSlotId: v.roleSlotId,
        notes: v.notes.trim() || null,
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "teal", message: `${saved.role} ${requirement ? "saved" : "added"}.` });
          onClose();
        },
        onError: (e) => isApiError(e) && form.setErrors(formErrors(e.fieldErrors())),
      },
    ),
  );
  const onFields = isApiError(save.error) && (save.error.problem.errors?.length ?? 0) > 0;
  const openSlots = (slots.data ?? [])
    .filter((s) => !s.archivedAt)
    .map((s) => ({ value: s.id, label: s.personName ? `${s.displayName} (${s.personName})` : s.displayName }));
  return (
    <Modal opened onClose={onClose} title={requirement ? `Edit ${requirement.role}` : "Add a staffing requirement"} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={requirement ? "Edit requirement" : "New requirement"}>
        <Stack gap="sm">
          <FormError message={save.error && !onFields ? errorMessage(save.error) : null} />
          <SimpleGrid cols={2} spacing="sm">
            <Autocomplete
              label="Role"
              withAsterisk
              data-autofocus
              placeholder="e.g. Compositor"
              data={["Compositor", "Animator", "Lighting Artist", "FX Artist", "Modeller", "Matchmove Artist"]}
              {...form.getInputProps("role")}
            />
            <Autocomplete label="Department" placeholder="Any" data={departments.data ?? []} {...form.getInputProps("department")} />
          </SimpleGrid>
          <SkillsEditor
            orgId={orgId}
            label="Skills needed"
            description="Minimum level for each; candidates are ranked by how far above it they are."
            value={form.getValues().skills}
            onChange={(next) => form.setFieldValue("skills", next)}
            error={form.errors.skills as string | undefined}
          />
          <SimpleGrid cols={3} spacing="sm">
            <DayInput label="From" withAsterisk placeholder="First day" {...form.getInputProps("startDate")} />
            <DayInput label="To" withAsterisk placeholder="Last day" {...form.getInputProps("endDate")} />
            <NumberInput label="People" min={1} max={500} allowDecimal={false} {...form.getInputProps("count")} />
          </SimpleGrid>
          <Select
            label="Role slot"
            description="Optional: the team role these bookings fill"
            placeholder="None"
            clearable
            data={openSlots}
            {...form.getInputProps("roleSlotId")}
          />
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            maxRows={5}
            placeholder="Shots, sequences, anything the crew should know"
            {...form.getInputProps("notes")}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {requirement ? "Save" : "Add requirement"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
