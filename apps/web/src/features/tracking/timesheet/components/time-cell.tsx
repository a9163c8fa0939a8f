import { TextInput, Tooltip } from "@mantine/core";
import { useEffect, useState } from "react";
import { formatMinutes, parseDuration } from "../api/duration";

type Props = {
  minutes: number;
  entries: number;
  label: string;
  disabled?: boolean;
  highlight?: boolean;
  onSave: (minutes: number) => Promise<unknown>;
};

/**
 * One day of one task: shows `1h 30m`, takes minutes (`90`) or `1h30`, `1:30`, `45m`. Saves on
 * Enter or leaving the cell; a value it cannot read stays red until corrected.
 */
export function TimeCell({ minutes, entries, label, disabled, highlight, onSave }: Props) {
  const [text, setText] = useState(formatMinutes(minutes));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focused, setFocused] = useState(false);
  // Follow the saved value, except while typing or while showing a value that was refused.
  useEffect(() => {
    if (!focused && !invalid) setText(formatMinutes(minutes));
  }, [minutes, focused, invalid]);

  const commit = async () => {
    const parsed = parseDuration(text);
    if (parsed === null) return setInvalid("Not a duration: try 90, 1h30, 1:30 or 45m");
    if (parsed > 24 * 60) return setInvalid("A day has 24 hours");
    setInvalid(null);
    if (parsed === minutes) return setText(formatMinutes(minutes));
    setSaving(true);
    try {
      await onSave(parsed);
    } catch (e) {
      setInvalid(e instanceof Error ? e.message : "Could not save");
    } finally {
      setSaving(false);
    }
  };

  const input = (
    <TextInput
      aria-label={label}
      value={text}
      placeholder="—"
      disabled={disabled}
      error={Boolean(invalid)}
      size="xs"
      onFocus={() => setFocused(true)}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        setFocused(false);
        void commit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") {
          setText(formatMinutes(minutes));
          setInvalid(null);
        }
      }}
      styles={{
        input: {
          textAlign: "right",
          fontVariantNumeric: "tabular-nums",
          fontWeight: minutes > 0 ? 600 : 400,
          opacity: saving ? 0.5 : 1,
          background: highlight ? "var(--mantine-primary-color-light)" : undefined,
        },
      }}
      data-testid="time-cell"
    />
  );
  const tip = invalid ?? (entries > 1 ? `${entries} entries; a new total replaces them with one` : null);
  return tip ? (
    <Tooltip label={tip} withArrow color={invalid ? "red" : undefined} opened={invalid ? true : undefined}>
      {input}
    </Tooltip>
  ) : (
    input
  );
}
