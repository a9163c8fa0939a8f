import type { ReviewStatus, Version } from "@backlot/contracts/tracking/versions";
import { Anchor, Button, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconMessage, IconRotateClockwise } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { type Mention, toMarkdown } from "../../../comments/api/mentions";
import { MentionTextarea } from "../../../comments/components/mention-textarea";
import { patchVersion, useReviewVersion } from "../../versions/api/versions-api";

type Props = { orgId: string; version: Version; onReviewed?: (status: ReviewStatus) => void };

/**
 * A reviewer's decision on a version: approve or ask for a retake (the server moves the task
 * to match), or just leave a note. The note can @mention the artist, who gets it in the inbox.
 */
export function ReviewActions({ orgId, version, onReviewed }: Props) {
  const queryClient = useQueryClient();
  const review = useReviewVersion(orgId);
  const [text, setText] = useState("");
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [clientVisible, setClientVisible] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReviewStatus | "note" | null>(null);
  const addMention = (m: Mention) => setMentions((list) => [...list.filter((x) => !(x.kind === m.kind && x.ref === m.ref)), m]);

  const decide = async (status: ReviewStatus | "note") => {
    const note = text.trim() ? toMarkdown(text.trim(), mentions) : undefined;
    if (status === "note" && !note) return setError("Write the note first.");
    setPending(status);
    setError(null);
    try {
      await review.mutateAsync({
        id: version.id,
        version: version.version,
        reviewStatus: status === "note" ? version.reviewStatus : status,
        note,
        noteClientVisible: clientVisible,
      });
      setText("");
      setMentions([]);
      if (status !== "note") onReviewed?.(status);
    } catch (e) {
      if (isApiError(e, "version_conflict") && e.problem.current) {
        patchVersion(queryClient, orgId, e.problem.current as Version);
        setError("Someone reviewed this version while you were looking. Its status is updated above; decide again if you still want to.");
      } else setError(errorMessage(e));
    } finally {
      setPending(null);
    }
  };

  const submitter = version.submittedBy && version.submittedByName ? { kind: "user" as const, ref: version.submittedBy, label: version.submittedByName } : null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="review-actions">
      <Stack gap={8}>
        <Group justify="space-between">
          <Text fz="sm" fw={600}>
            Your review
          </Text>
          {submitter && !mentions.some((m) => m.ref === submitter.ref) && (
            <Anchor
              component="button"
              type="button"
              fz="xs"
              onClick={() => {
                setText((t) => `${t}${t && !t.endsWith(" ") ? " " : ""}@${submitter.label} `);
                addMention(submitter);
              }}
            >
              Mention {submitter.label}
            </Anchor>
          )}
        </Group>
        <MentionTextarea
          orgId={orgId}
          aria-label="Review note"
          placeholder="Note for the artist (optional) — @ to mention someone"
          value={text}
          onChange={setText}
          onMention={addMention}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group justify="space-between" gap="xs">
          <Checkbox size="xs" label="Visible to the client" checked={clientVisible} onChange={(e) => setClientVisible(e.currentTarget.checked)} />
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconMessage size={14} />}
            onClick={() => decide("note")}
            loading={pending === "note"}
            disabled={pending !== null}
          >
            Note only
          </Button>
        </Group>
        <FormError message={error} />
        <Group gap="xs" grow>
          <Button
            color="green"
            leftSection={<IconCheck size={16} />}
            onClick={() => decide("approved")}
            loading={pending === "approved"}
            disabled={pending !== null}
          >
            Approve
          </Button>
          <Button
            color="red"
            leftSection={<IconRotateClockwise size={16} />}
            onClick={() => decide("retake")}
            loading={pending === "retake"}
            disabled={pending !== null}
          >
            Retake
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
