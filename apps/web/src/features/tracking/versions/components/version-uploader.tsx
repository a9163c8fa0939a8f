import { Alert, Stack } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { refuseBeforeUpload, uploadErrorMessage, uploadFile } from "../../../../lib/files";
import { useCreateVersion } from "../api/versions-api";
import { StagedUpload, UploadDropZone } from "./upload-parts";

type Props = { orgId: string; taskId: string; nextLabel: string };

type Stage = { kind: "idle" } | { kind: "staged"; file: File } | { kind: "uploading"; file: File; progress: number };

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

  const choose = (files: File[]) => {
    const picked = files[0];
    if (!picked) return;
    const refused =
      files.length > 1 ? "Drop one file at a time: each upload is one version." : refuseBeforeUpload(picked, ["image", "video"], "an image or a video");
    setError(refused);
    setStage(refused ? { kind: "idle" } : { kind: "staged", file: picked });
  };

  const submit = async (file: File) => {
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
      // A cancelled upload goes back to the staged file; a refused one shows why.
      if (controller.signal.aborted) setStage({ kind: "staged", file });
      else {
        setError(uploadErrorMessage(e));
        setStage({ kind: "idle" });
      }
    }
  };

  if (stage.kind !== "idle")
    return (
      <StagedUpload
        file={stage.file}
        nextLabel={nextLabel}
        description={description}
        onDescription={setDescription}
        progress={stage.kind === "uploading" ? stage.progress : null}
        onCancel={() => (stage.kind === "uploading" ? abort.current?.abort() : setStage({ kind: "idle" }))}
        onSubmit={() => submit(stage.file)}
      />
    );
  return (
    <Stack gap="xs">
      <UploadDropZone nextLabel={nextLabel} onFiles={choose} />
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" data-testid="upload-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
