import type { PublicReview } from "@backlot/contracts/tracking/review-links";
import { Avatar, Button, Divider, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { IconCheck, IconRotateClockwise, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { formatRelative } from "../../../../lib/format";
import classes from "../../../comments/components/comment-body.module.css";
import { useLeaveClientNote } from "../api/public-review-api";

type Item = PublicReview["items"][number];
type Decision = "approved" | "retake" | "note";

const nameKey = "backlot-review-name";

/** The notes a client sees on one version, and the form to add one (with approve or changes). */
export function PublicNotes({ token, password, item }: { token: string; password: string | null; item: Item }) {
  const [name, setName] = useState(() => localStorage.getItem(nameKey) ?? "");
  const [body, setBody] = useState("");
  const [pending, setPending] = useState<Decision | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const leave = useLeaveClientNote(token, password);
  const fieldErrors = isApiError(leave.error) ? leave.error.fieldErrors() : {};

  const send = (decision: Decision) => {
    setPending(decision);
    setSent(null);
    localStorage.setItem(nameKey, name.trim());
    leave.mutate(
      { versionId: item.versionId, name: name.trim(), body: body.trim(), reviewStatus: decision === "note" ? undefined : decision },
      {
        onSuccess: () => {
          setBody("");
          setSent(decision === "approved" ? "Approved — thank you." : decision === "retake" ? "Changes requested — the studio has your note." : "Note sent.");
        },
        onSettled: () => setPending(null),
      },
    );
  };
  const ready = name.trim() !== "" && body.trim() !== "";

  return (
    <Stack gap="sm">
      <Divider label="Notes" labelPosition="left" />
      {item.notes.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack gap="sm" data-testid="public-notes">
          {item.notes.map((n) => (
            <Group key={n.id} gap="sm" align="flex-start" wrap="nowrap">
              <Avatar size={28} radius="xl" color="initials" name={n.authorName} />
              <Stack gap={2} miw={0}>
                <Text fz="xs" c="dimmed">
                  <Text span fw={600} c="var(--mantine-color-text)">
                    {n.authorName}
                  </Text>{" "}
                  · {formatRelative(n.createdAt)}
                </Text>
                <div
                  className={classes.body}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is sanitized by the server against an allow-list
                  dangerouslySetInnerHTML={{ __html: n.bodyHtml }}
                />
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
      <Divider />
      <TextInput label="Your name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} maxLength={100} />
      <Textarea
        label="Your note"
        placeholder="What should change, or what works"
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={10}
        error={fieldErrors.body}
        maxLength={5000}
      />
      {leave.isError && !Object.keys(fieldErrors).length && <FormError message={errorMessage(leave.error)} />}
      {sent && (
        <Text fz="sm" c="teal" role="status">
          {sent}
        </Text>
      )}
      <Stack gap={6}>
        <Button
          color="green"
          leftSection={<IconCheck size={16} />}
          disabled={!ready || pending !== null}
          loading={pending === "approved"}
          onClick={() => send("approved")}
        >
          Approve
        </Button>
        <Button
          color="red"
          variant="light"
          leftSection={<IconRotateClockwise size={16} />}
          disabled={!ready || pending !== null}
          loading={pending === "retake"}
          onClick={() => send("retake")}
        >
          Request changes
        </Button>
        <Button
          variant="default"
          leftSection={<IconSend size={16} />}
          disabled={!ready || pending !== null}
          loading={pending === "note"}
          onClick={() => send("note")}
        >
          Send note only
        </Button>
      </Stack>
    </Stack>
  );
}
