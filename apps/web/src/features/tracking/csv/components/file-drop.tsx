import { Group, Stack, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { type DragEvent, useRef, useState } from "react";
import classes from "./csv.module.css";

type Props = { file: File | null; onFile: (file: File) => void; disabled?: boolean };

const sizeLabel = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** A drop zone that is also a button: drop a CSV on it, or click to browse. */
export function FileDrop({ file, onFile, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <UnstyledButton
      className={classes.drop}
      data-over={over || undefined}
      data-filled={file ? true : undefined}
      onClick={() => input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      disabled={disabled}
      aria-label="Choose a CSV file"
    >
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="csv-file-input"
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0];
          if (picked) onFile(picked);
          e.currentTarget.value = "";
        }}
      />
      {file ? (
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light" color="teal">
            <IconFileSpreadsheet size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Text fw={600}>{file.name}</Text>
            <Text fz="sm" c="dimmed">
              {sizeLabel(file.size)} · click or drop another file to replace it
            </Text>
          </Stack>
        </Group>
      ) : (
        <Stack align="center" gap={6}>
          <ThemeIcon size={44} radius="xl" variant="light">
            <IconUpload size={22} />
          </ThemeIcon>
          <Text fw={600}>Drop a CSV file here, or click to browse</Text>
          <Text fz="sm" c="dimmed">
            UTF-8, comma-separated, with a header row. Exported files import back as they are.
          </Text>
        </Stack>
      )}
    </UnstyledButton>
  );
}
