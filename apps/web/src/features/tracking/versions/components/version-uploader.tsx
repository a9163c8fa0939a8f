import { Alert, Button, Group, Image, Paper, Progress, Stack, Text, Textarea, ThemeIcon } from "@mantine/core";
import { IconAlertCircle, IconCloudUpload, IconMovie } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { FileDrop } from "../../../../components/media/file-drop";
import { formatBytes, refuseBeforeUpload, uploadErrorMessage, uploadFile } from "../../../../lib/files";
import { useCreateVersion } from "../api/versions-api";

type Props = { orgId: string; taskId: string; nextLabel: string };

type Stage = { kind: "idle" } | { kind: "staged"; file: File } | { kind: "uploading"; file: File; progress: number };

/** Object URL of an image being staged, revoked when it changes. */
function usePreview(file: File | null) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file?.type.startsWith("image/")) return setUrl(null);
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url;
}

/**
 * Submits a new version of a task: drop or browse an image or video, add a note, upload with
 * progress. Wrong types are refused before uploading; the server's refusals (type by content,
 * size) are shown as it words them.
 */
export function VersionUploader({ orgId, taskId, nextLabel }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const create = useCreateVersion(orgId, taskId);
  const file = stage.kind === "idle" ? null : stage.file;
  const preview = usePreview(file);
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = (files: File[]) => {
    const picked = files[0];
    if (!picked) return;
    const refused =
      files.length > 1 ? "Drop one file at a time: each upload is one version." : refuseBeforeUpload(picked, ["image", "video"], "an image or a video");
    setError(refused);
    setStage(refused ? { kind: "idle" } : { kind: "staged", file: picked });
  };

  const submit = async () => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setStage({ kind: "uploading", file, progress: 0 });
    try {
      const info = await uploadFile(orgId, file, { signal: controller.signal, onProgress: (progress) => setStage({ kind: "uploading", file, progress }) });
      await create.mutateAsync({ fileId: info.id, description: description.trim() || null });
      setStage({ kind: "idle" });
      setDescription("");
    } catch (e) {
      if (controller.signal.aborted) setStage({ kind: "staged", file });
      else {
        setError(uploadErrorMessage(e));
        setStage({ kind: "idle" });
      }
    }
  };

  const picker = (
    <input
      ref={inputRef}
      type="file"
      accept="image/*,video/*"
      hidden
      data-testid="version-file-input"
      onChange={(e) => {
        choose(Array.from(e.currentTarget.files ?? []));
        e.currentTarget.value = "";
      }}
    />
  );

  if (stage.kind === "idle")
    return (
      <Stack gap="xs">
        {picker}
        <FileDrop onFiles={choose} data-testid="version-drop">
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
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="upload-error">
            {error}
          </Alert>
        )}
      </Stack>
    );

  const uploading = stage.kind === "uploading";
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
            {stage.file.name}{" "}
            <Text span fz="xs" c="dimmed" fw={400}>
              {formatBytes(stage.file.size)}
            </Text>
          </Text>
          <Textarea
            aria-label="What changed"
            placeholder="What changed in this version? (optional)"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={4}
            disabled={uploading}
          />
          {uploading && (
            <Group gap="xs" wrap="nowrap">
              <Progress value={stage.progress * 100} style={{ flex: 1 }} aria-label="Upload progress" animated={stage.progress >= 1} />
              <Text fz="xs" c="dimmed" w={40} ta="right">
                {Math.round(stage.progress * 100)}%
              </Text>
            </Group>
          )}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => (uploading ? abort.current?.abort() : setStage({ kind: "idle" }))}>
              Cancel
            </Button>
            <Button size="xs" onClick={submit} loading={uploading}>
              Upload {nextLabel}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
