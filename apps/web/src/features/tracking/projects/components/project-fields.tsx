import type { Project } from "@backlot/contracts/tracking/projects";
import { projectKinds, projectStatuses } from "@backlot/contracts/tracking/projects";
import { NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { IconCalendar } from "@tabler/icons-react";
import { kindLabels, type ProjectKind, type ProjectStatus, statusLabels } from "./project-labels";

export type ProjectFormValues = {
  name: string;
  code: string;
  kind: ProjectKind;
  status: ProjectStatus;
  clientName: string;
  startDate: string | null;
  endDate: string | null;
  fps: number | string;
  assetTypes: string[];
  tags: string[];
  description: string;
};

export const emptyProject: ProjectFormValues = {
  name: "",
  code: "",
  kind: "vfx",
  status: "active",
  clientName: "",
  startDate: null,
  endDate: null,
  fps: 24,
  assetTypes: [],
  tags: [],
  description: "",
};

export function projectToValues(p: Project): ProjectFormValues {
  return {
    name: p.name,
    code: p.code,
    kind: p.kind,
    status: p.status,
    clientName: p.clientName ?? "",
    startDate: p.startDate,
    endDate: p.endDate,
    fps: p.fps,
    assetTypes: p.assetTypes,
    tags: p.tags,
    description: p.description ?? "",
  };
}

const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** The contract's rules, with messages written for people. */
export const projectValidation = {
  name: (v: string) => (!v.trim() ? "Enter a project name" : v.trim().length > 200 ? "Keep the name under 200 characters" : null),
  code: (v: string) =>
    !v.trim()
      ? "Enter a short code, e.g. NIGHT"
      : v.trim().length > 32
        ? "Keep the code under 32 characters"
        : codePattern.test(v.trim())
          ? null
          : "Letters, digits, _, . and - only, starting with a letter or digit",
  endDate: (v: string | null, values: ProjectFormValues) => (v && values.startDate && v < values.startDate ? "The end date is before the start date" : null),
  fps: (v: number | string) => (v === "" || (typeof v === "number" && v > 0 && v <= 1000) ? null : "Between 0 and 1000"),
  clientName: (v: string) => (v.trim().length > 200 ? "Keep the client under 200 characters" : null),
};

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

export function valuesToBody(v: ProjectFormValues) {
  return {
    name: v.name.trim(),
    code: v.code.trim(),
    kind: v.kind,
    status: v.status,
    clientName: orNull(v.clientName),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    fps: v.fps === "" ? 24 : Number(v.fps),
    assetTypes: v.assetTypes,
    tags: v.tags,
    description: orNull(v.description),
  };
}

export const fieldLabels: Record<keyof ProjectFormValues, string> = {
  name: "Name",
  code: "Code",
  kind: "Kind",
  status: "Status",
  clientName: "Client",
  startDate: "Start date",
  endDate: "End date",
  fps: "Frame rate",
  assetTypes: "Asset types",
  tags: "Tags",
  description: "Description",
};

export const kindOptions = projectKinds.map((k) => ({ value: k, label: kindLabels[k] }));
export const statusOptions = projectStatuses.map((s) => ({ value: s, label: statusLabels[s] }));

type Props = { form: UseFormReturnType<ProjectFormValues>; disabled?: boolean; onNameChange?: (name: string) => void; autoFocus?: boolean };

/** Name, code, kind, status, client and dates: what both the new-project dialog and the overview edit. */
export function ProjectCoreFields({ form, disabled, onNameChange, autoFocus }: Props) {
  const nameProps = form.getInputProps("name");
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <TextInput
          label="Name"
          withAsterisk
          placeholder="e.g. Nightfall"
          disabled={disabled}
          data-autofocus={autoFocus || undefined}
          style={{ gridColumn: "span 2" }}
          {...nameProps}
          onChange={(e) => {
            nameProps.onChange(e);
            onNameChange?.(e.currentTarget.value);
          }}
        />
        <TextInput label="Code" withAsterisk placeholder="NIGHTFALL" disabled={disabled} {...form.getInputProps("code")} />
        <TextInput label="Client" placeholder="e.g. Aurora Pictures" disabled={disabled} {...form.getInputProps("clientName")} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <Select label="Kind" data={kindOptions} allowDeselect={false} disabled={disabled} {...form.getInputProps("kind")} />
        <Select label="Status" data={statusOptions} allowDeselect={false} disabled={disabled} {...form.getInputProps("status")} />
        <DatePickerInput
          label="Start date"
          placeholder="Not set"
          clearable
          leftSection={<IconCalendar size={16} />}
          valueFormat="D MMM YYYY"
          disabled={disabled}
          {...form.getInputProps("startDate")}
        />
        <DatePickerInput
          label="End date"
          placeholder="Not set"
          clearable
          leftSection={<IconCalendar size={16} />}
          valueFormat="D MMM YYYY"
          minDate={form.getValues().startDate ?? undefined}
          disabled={disabled}
          {...form.getInputProps("endDate")}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Frame rate, asset types, tags and description: the rest of the overview form. */
export function ProjectDetailFields({ form, disabled }: Props) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput label="Frame rate (fps)" min={1} max={1000} decimalScale={3} disabled={disabled} {...form.getInputProps("fps")} />
        <TagsInput
          label="Asset types"
          placeholder="Add a type"
          description="Offered when adding assets"
          disabled={disabled}
          style={{ gridColumn: "span 2" }}
          {...form.getInputProps("assetTypes")}
        />
      </SimpleGrid>
      <TagsInput label="Tags" placeholder="Add a tag" disabled={disabled} {...form.getInputProps("tags")} />
      <Textarea
        label="Description"
        placeholder="Brief, deliverables, notes…"
        autosize
        minRows={3}
        maxRows={10}
        disabled={disabled}
        {...form.getInputProps("description")}
      />
    </Stack>
  );
}
