import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { Checkbox, MultiSelect, NumberInput, Select, Textarea, TextInput } from "@mantine/core";
import { DateInput, DateTimePicker } from "@mantine/dates";
import dayjs from "dayjs";
import { PersonPicker } from "../../slots/components/person-picker";

type Props = {
  orgId: string;
  field: Pick<FieldDefinition, "key" | "label" | "fieldType" | "options" | "required">;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  /** Overrides the label (the default-value editor says "Default"). */
  label?: string;
};

const asString = (v: unknown) => (typeof v === "string" ? v : "");
const asNumber = (v: unknown) => (typeof v === "number" ? v : "");

/**
 * One custom field's input, by type (CORE-7). Empty inputs give `null`, which the server reads
 * as "clear", so a blank box never becomes an empty string that fails validation.
 */
export function CustomFieldInput({ orgId, field, value, onChange, error, label = field.label }: Props) {
  const common = { label, error, withAsterisk: field.required, "data-field": field.key };
  switch (field.fieldType) {
    case "text":
    case "url":
      return (
        <TextInput
          {...common}
          type={field.fieldType === "url" ? "url" : "text"}
          placeholder={field.fieldType === "url" ? "https://" : undefined}
          value={asString(value)}
          onChange={(e) => onChange(e.currentTarget.value === "" ? null : e.currentTarget.value)}
        />
      );
    case "long_text":
      return <Textarea {...common} autosize minRows={2} maxRows={6} value={asString(value)} onChange={(e) => onChange(e.currentTarget.value || null)} />;
    case "number":
    case "currency":
    case "percentage":
      return (
        <NumberInput
          {...common}
          value={asNumber(value)}
          decimalScale={field.fieldType === "currency" ? 2 : undefined}
          rightSection={field.fieldType === "percentage" ? "%" : undefined}
          onChange={(v) => onChange(typeof v === "number" ? v : null)}
        />
      );
    case "date":
      return (
        <DateInput
          {...common}
          clearable
          valueFormat="YYYY-MM-DD"
          value={asString(value) || null}
          onChange={(v) => onChange(v ? dayjs(v).format("YYYY-MM-DD") : null)}
        />
      );
    case "datetime":
      return (
        <DateTimePicker
          {...common}
          clearable
          valueFormat="YYYY-MM-DD HH:mm"
          value={asString(value) ? dayjs(asString(value)).format("YYYY-MM-DD HH:mm:ss") : null}
          onChange={(v) => onChange(v ? dayjs(v).toISOString() : null)}
        />
      );
    case "boolean":
      return <Checkbox mt="xs" label={label} error={error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case "select":
      return <Select {...common} clearable data={field.options} value={asString(value) || null} onChange={(v) => onChange(v)} />;
    case "multi_select":
      return (
        <MultiSelect
          {...common}
          clearable
          data={field.options}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v.length ? v : null)}
        />
      );
    case "person":
      return <PersonPicker orgId={orgId} {...common} value={asString(value) || null} onChange={(id) => onChange(id)} />;
  }
}
