import type { Person } from "@backlot/contracts/core/people";
import { Autocomplete, SimpleGrid, Stack, Switch, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { z } from "zod";

export type PersonFormValues = {
  displayName: string;
  email: string;
  phone: string;
  department: string;
  title: string;
  active: boolean;
};

export const emptyPerson: PersonFormValues = {
  displayName: "",
  email: "",
  phone: "",
  department: "",
  title: "",
  active: true,
};

export function personToValues(p: Person): PersonFormValues {
  return {
    displayName: p.displayName,
    email: p.email ?? "",
    phone: p.phone ?? "",
    department: p.department ?? "",
    title: p.title ?? "",
    active: p.active,
  };
}

const emailCheck = z.email();

/** Same rules as the contract's person schema, with messages written for people. */
export const personValidation = {
  displayName: (v: string) => (!v.trim() ? "Enter a name" : v.trim().length > 200 ? "Keep the name under 200 characters" : null),
  email: (v: string) => (v.trim() && !emailCheck.safeParse(v.trim()).success ? "Invalid email address" : null),
  phone: (v: string) => (v.trim().length > 50 ? "Keep the phone number under 50 characters" : null),
  department: (v: string) => (v.trim().length > 100 ? "Keep the department under 100 characters" : null),
  title: (v: string) => (v.trim().length > 100 ? "Keep the title under 100 characters" : null),
};

export function valuesToBody(v: PersonFormValues) {
  const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    displayName: v.displayName.trim(),
    email: orNull(v.email),
    phone: orNull(v.phone),
    department: orNull(v.department),
    title: orNull(v.title),
    active: v.active,
  };
}

type Props = {
  form: UseFormReturnType<PersonFormValues>;
  departments: string[];
  disabled?: boolean;
  autoFocus?: boolean;
};

export function PersonFields({ form, departments, disabled, autoFocus }: Props) {
  return (
    <Stack gap="sm">
      <TextInput
        label="Display name"
        withAsterisk
        placeholder="e.g. Mira Okafor"
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps("displayName")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Email" type="email" placeholder="name@studio.com" disabled={disabled} {...form.getInputProps("email")} />
        <TextInput label="Phone" placeholder="+44 20 7946 0000" disabled={disabled} {...form.getInputProps("phone")} />
        <Autocomplete label="Department" placeholder="e.g. Animation" data={departments} disabled={disabled} {...form.getInputProps("department")} />
        <TextInput label="Title" placeholder="e.g. Senior Compositor" disabled={disabled} {...form.getInputProps("title")} />
      </SimpleGrid>
      <Switch
        label="Active"
        description="Inactive people stay in the directory but are not offered for new work."
        disabled={disabled}
        {...form.getInputProps("active", { type: "checkbox" })}
      />
    </Stack>
  );
}

export type FieldKey = keyof PersonFormValues;
const fieldKeys = Object.keys(emptyPerson) as FieldKey[];

/**
 * Three-way merge of a form against a newer version: the user's edits (mine vs base) are laid
 * over the newer values (theirs). `overlap` lists fields both sides changed differently.
 */
export function mergeEdits(base: PersonFormValues, mine: PersonFormValues, theirs: PersonFormValues) {
  const merged = { ...theirs };
  const overlap: FieldKey[] = [];
  const theirChanges: FieldKey[] = [];
  for (const k of fieldKeys) {
    const iChanged = mine[k] !== base[k];
    const theyChanged = theirs[k] !== base[k];
    if (theyChanged) theirChanges.push(k);
    if (iChanged) (merged as Record<FieldKey, unknown>)[k] = mine[k];
    if (iChanged && theyChanged && mine[k] !== theirs[k]) overlap.push(k);
  }
  return { merged, overlap, theirChanges };
}

export const fieldLabels: Record<FieldKey, string> = {
  displayName: "Display name",
  email: "Email",
  phone: "Phone",
  department: "Department",
  title: "Title",
  active: "Active",
};
