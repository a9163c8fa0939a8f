import type { FileInfo } from "@backlot/contracts/core/files";
import { ActionIcon, Button, Checkbox, FileButton, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useState } from "react";
import { FileDrop } from "../../../components/media/file-drop";
import { FormError } from "../../../components/form-error";
import { errorMessage } from "../../../lib/api-client";
import { type Mention, toEditable, toMarkdown } from "../api/mentions";
import { useAttachments } from "../api/use-attachments";
import { AttachmentChips } from "./attachment-chips";
import { MentionTextarea } from "./mention-textarea";

export type ComposerValue = { body: string; attachmentIds: string[]; clientVisible: boolean };

type Props = {
  orgId: string;
  initial?: { body: string; attachments: FileInfo[]; clientVisible: boolean };
  placeholder?: string;
  submitLabel?: string;
  label?: string;
  /** Offer "Visible to the client" (version notes, which a review link shows). */
  allowClientVisible?: boolean;
  autoFocus?: boolean;
  onSubmit: (value: ComposerValue) => Promise<unknown>;
  onCancel?: () => void;
};

/** Writes a comment: Markdown, @mentions picked from a list, attachments dropped or browsed. */
export function CommentComposer(props: Props) {
  const { orgId, initial, placeholder = "Write a comment…", submitLabel = "Comment", allowClientVisible, autoFocus, onSubmit, onCancel } = props;
  const [start] = useState(() => toEditable(initial?.body ?? ""));
  const [text, setText] = useState(start.text);
  const [mentions, setMentions] = useState<Mention[]>(start.mentions);
  const [clientVisible, setClientVisible] = useState(initial?.clientVisible ?? false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const attachments = useAttachments(orgId, initial?.attachments);
  const empty = text.trim() === "";

  const submit = async () => {
    if (empty || saving || attachments.uploading) return;
    setSaving(true);
    setError(null);
    try {
      await onSubmit({ body: toMarkdown(text.trim(), mentions), attachmentIds: attachments.fileIds, clientVisible });
      if (!initial) {
        setText("");
        setMentions([]);
        attachments.reset();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FileDrop onFiles={attachments.add} data-testid="comment-composer">
      {(dragging) => (
        <Paper withBorder radius="md" p="xs" style={dragging ? { borderColor: "var(--mantine-primary-color-filled)", borderStyle: "dashed" } : undefined}>
          <Stack gap={6}>
            <MentionTextarea
              orgId={orgId}
              aria-label={props.label ?? "Comment"}
              placeholder={placeholder}
              value={text}
              onChange={setText}
              onMention={(m) => setMentions((list) => [...list.filter((x) => !(x.kind === m.kind && x.ref === m.ref)), m])}
              onSubmit={submit}
              autosize
              minRows={2}
              maxRows={12}
              variant="unstyled"
              autoFocus={autoFocus}
              styles={{ input: { padding: "4px 6px", fontSize: 14 } }}
            />
            <AttachmentChips items={attachments.items} onRemove={attachments.remove} />
            <FormError message={error} />
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <FileButton onChange={(files) => attachments.add(files)} multiple accept="image/*,video/*,audio/*,application/pdf">
                  {(fileProps) => (
                    <Tooltip label="Attach files (or drop them here)" withArrow>
                      <ActionIcon {...fileProps} variant="subtle" color="gray" aria-label="Attach files">
                        <IconPaperclip size={17} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </FileButton>
                {allowClientVisible && (
                  <Checkbox size="xs" label="Visible to the client" checked={clientVisible} onChange={(e) => setClientVisible(e.currentTarget.checked)} />
                )}
                <Text fz={11} c="dimmed" visibleFrom="sm">
                  Markdown · @ to mention · ⌘↵ to send
                </Text>
              </Group>
              <Group gap={6} wrap="nowrap">
                {onCancel && (
                  <Button size="xs" variant="default" onClick={onCancel}>
                    Cancel
                  </Button>
                )}
                <Button size="xs" onClick={submit} loading={saving} disabled={empty || attachments.uploading}>
                  {submitLabel}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      )}
    </FileDrop>
  );
}
