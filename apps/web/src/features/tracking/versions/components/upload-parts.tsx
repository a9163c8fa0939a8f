import { Button, Group, Image, Paper, Progress, Stack, Text, Textarea, ThemeIcon } from "@mantine/core";
import { IconCloudUpload, IconMovie } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { FileDrop } from "../../../../components/media/file-drop";
import { formatBytes } from "../../../../lib/files";

/** Where a version's file is dropped or browsed for. */
export function UploadDropZone({ nextLabel, onFiles }: { nextLabel: string; onFiles: (files: File[]) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept="image/*,video/*"
        hidden
        data-testid="version-file-input"
        onChange={(e) => {
          onFiles(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = "";
        }}
      />
      <FileDrop onFiles={onFiles} data-testid="version-drop">
        {(dragging) => (
          <Paper
            withBorder
            radius="md"
            p="md"
            style={{ borderStyle: "dashed", borderColor: dragging ? "var(--mantine-primary-color-filled)" : undefined }}
            bg={dragging ? "var(--mantine-primary-color-light)" : undefined}
          >
            <Group gap="md" wrap="nowrap">
              <ThemeIcon size={40} radius="md" variant="light">
                <IconCloudUpload size={22} />
              </ThemeIcon>
              <Stack gap={0} style={{ flex: 1 }}>
                <Text fz="sm" fw={600}>
                  {dragging ? `Drop to stage ${nextLabel}` : `Upload ${nextLabel}`}
                </Text>
                <Text fz="xs" c="dimmed">
                  Drag an image or video here. Images and videos get a thumbnail.
                </Text>
              </Stack>
              <Button variant="default" size="xs" onClick={() => inputRef.current?.click()}>
                Choose file
              </Button>
            </Group>
          </Paper>
        )}
      </FileDrop>
    </>
  );
}

/** Object URL of an image being staged, revoked when it changes. */
function usePreview(file: File) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.type.startsWith("image/")) {
      setUrl(null);
      return;
    }
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url;
}

type StagedProps = {
  file: File;
  nextLabel: string;
  description: string;
  onDescription: (text: string) => void;
  /** 0–1 while uploading, null before. */
  progress: number | null;
  onCancel: () => void;
  onSubmit: () => void;
};

/** A chosen file before and during its upload: preview, what changed, progress. */
export function StagedUpload({ file, nextLabel, description, onDescription, progress, onCancel, onSubmit }: StagedProps) {
  const preview = usePreview(file);
  const uploading = progress !== null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="version-staged">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        {preview ? (
          <Image src={preview} alt="Preview" w={128} h={72} fit="contain" radius="sm" bg="dark.8" />
        ) : (
          <ThemeIcon size={72} radius="sm" variant="light" color="gray">
            <IconMovie size={28} />
          </ThemeIcon>
        )}
        <Stack gap={6} style={{ flex: 1 }} miw={0}>
          <Text fz="sm" fw={600} truncate>
            {file.name}{" "}
            <Text span fz="xs" c="dimmed" fw={400}>
              {formatBytes(file.size)}
            </Text>
          </Text>
          <Textarea
            aria-label="What changed"
            placeholder="What changed in this version? (optional)"
            value={description}
            onChange={(e) => onDescription(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={4}
            disabled={uploading}
          />
          {uploading && (
            <Group gap="xs" wrap="nowrap">
              <Progress value={progress * 100} style={{ flex: 1 }} aria-label="Upload progress" animated={progress >= 1} />
              <Text fz="xs" c="dimmed" w={40} ta="right">
                {Math.round(progress * 100)}%
              </Text>
            </Group>
          )}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button size="xs" onClick={onSubmit} loading={uploading}>
              Upload {nextLabel}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
