import type { FileInfo } from "@backlot/contracts/core/files";
import { useRef, useState } from "react";
import { refuseBeforeUpload, uploadErrorMessage, uploadFile } from "../../../lib/files";

export type Attachment = { key: string; name: string; size: number; progress: number; file?: FileInfo; error?: string };

let counter = 0;

/** Files attached to a comment being written: each uploads at once, with progress and its own error. */
export function useAttachments(orgId: string, initial: FileInfo[] = []) {
  const [items, setItems] = useState<Attachment[]>(() => initial.map((f) => ({ key: f.id, name: f.originalName, size: f.sizeBytes, progress: 1, file: f })));
  const controllers = useRef(new Map<string, AbortController>());
  const patch = (key: string, change: Partial<Attachment>) => setItems((list) => list.map((a) => (a.key === key ? { ...a, ...change } : a)));

  const add = (files: File[]) => {
    for (const file of files) {
      counter += 1;
      const key = `upload-${counter}`;
      const refused = refuseBeforeUpload(file, ["image", "video", "audio", "pdf"], "an image, video, audio file or PDF");
      setItems((list) => [...list, { key, name: file.name, size: file.size, progress: 0, error: refused ?? undefined }]);
      if (refused) continue;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      uploadFile(orgId, file, { signal: controller.signal, onProgress: (progress) => patch(key, { progress }) })
        .then((info) => patch(key, { file: info, progress: 1 }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) patch(key, { error: uploadErrorMessage(error) });
        })
        .finally(() => controllers.current.delete(key));
    }
  };

  const remove = (key: string) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((a) => a.key !== key));
  };

  const reset = () => {
    for (const c of controllers.current.values()) c.abort();
    setItems([]);
  };

  return {
    items,
    add,
    remove,
    reset,
    uploading: items.some((a) => !a.file && !a.error),
    fileIds: items.flatMap((a) => (a.file ? [a.file.id] : [])),
  };
}
