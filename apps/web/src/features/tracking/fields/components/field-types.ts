import type { FieldType } from "@backlot/contracts/tracking/fields";

export const fieldTypeLabels: Record<FieldType, string> = {
  text: "Text",
  long_text: "Long text",
  number: "Number",
  currency: "Currency",
  percentage: "Percentage",
  date: "Date",
  datetime: "Date and time",
  boolean: "Yes / no",
  select: "Select",
  multi_select: "Multi-select",
  url: "URL",
  person: "Person",
};

export const fieldTypeHints: Record<FieldType, string> = {
  text: "One line, up to 1,000 characters",
  long_text: "Paragraphs, notes",
  number: "Any number",
  currency: "An amount in the organization's currency",
  percentage: "A share, e.g. 75",
  date: "A calendar day",
  datetime: "A moment with time zone",
  boolean: "On or off",
  select: "One of a list of options",
  multi_select: "Any of a list of options",
  url: "A web link (http or https)",
  person: "Someone from the people directory",
};

export const hasOptions = (t: FieldType) => t === "select" || t === "multi_select";

/** A field key made from its label: "Shot complexity" → "shot_complexity". */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 40);
  return key;
}

/** A custom value for reading in a list or drawer. */
export function formatFieldValue(fieldType: FieldType, value: unknown, personName?: (id: string) => string | undefined): string {
  if (value == null || value === "") return "—";
  switch (fieldType) {
    case "boolean":
      return value ? "Yes" : "No";
    case "multi_select":
      return Array.isArray(value) ? value.join(", ") : String(value);
    case "percentage":
      return `${value}%`;
    case "currency":
      return typeof value === "number" ? value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(value);
    case "datetime":
      return typeof value === "string" ? new Date(value).toLocaleString() : String(value);
    case "person":
      return personName?.(String(value)) ?? String(value);
    default:
      return String(value);
  }
}
