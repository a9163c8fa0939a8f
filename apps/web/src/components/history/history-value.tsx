import { Code, Text } from "@mantine/core";
import { formatDateTime } from "../../lib/format";

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One old or new value in a change, rendered for people rather than machines. */
export function HistoryValue({ value, strike, labels }: { value: unknown; strike?: boolean; labels?: Record<string, string> }) {
  if (value === null || value === undefined || value === "") {
    return (
      <Text component="span" fz="xs" c="dimmed" fs="italic">
        empty
      </Text>
    );
  }
  let text: string;
  if (typeof value === "boolean") text = value ? "Yes" : "No";
  else if (typeof value === "string" && labels?.[value]) text = labels[value];
  else if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) text = value.join(", ") || "none";
  else if (typeof value === "string" && isoDate.test(value)) text = formatDateTime(value);
  else if (typeof value === "string" || typeof value === "number") text = String(value);
  else {
    return (
      <Code fz={11} style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
        {JSON.stringify(value)}
      </Code>
    );
  }
  return (
    <Text component="span" fz="xs" td={strike ? "line-through" : undefined} c={strike ? "dimmed" : undefined} style={{ wordBreak: "break-word" }}>
      {text}
    </Text>
  );
}
