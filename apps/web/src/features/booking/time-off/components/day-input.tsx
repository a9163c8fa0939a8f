import { DateInput, type DateInputProps } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import dayjs from "dayjs";

/** Typed ISO dates ("2026-12-01") and the picker both work; the value is a "YYYY-MM-DD" string. */
function parseDay(input: string): string | null {
  const text = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return dayjs(text).isValid() ? text : null;
  const parsed = dayjs(text);
  return parsed.isValid() ? parsed.format("YYYY-MM-DD") : null;
}

/** A whole-day date field shared by time off, holidays and staffing. */
export function DayInput(props: DateInputProps) {
  return <DateInput valueFormat="D MMM YYYY" dateParser={parseDay} leftSection={<IconCalendar size={16} />} popoverProps={{ withinPortal: true }} {...props} />;
}
