import type { CreatedReviewLink } from "@backlot/contracts/tracking/review-links";
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, Title } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconAlertTriangle, IconLink } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { CopyField } from "../../../../components/copy-field";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateReviewLink } from "../../playlists/api/playlists-api";
import { ReviewLinksTable } from "./review-links-table";

type Props = { orgId: string; playlistId: string; playlistName: string; opened: boolean; onClose: () => void };

const expiries = [
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
  { value: "date", label: "On a date…" },
  { value: "never", label: "Never" },
];

function expiryOf(choice: string, date: string | null): string | null {
  if (choice === "never") return null;
  if (choice === "date") return date ? dayjs(date).endOf("day").toISOString() : null;
  return dayjs().add(Number(choice), "day").toISOString();
}

function NewLinkForm({ orgId, playlistId, onCreated }: { orgId: string; playlistId: string; onCreated: (l: CreatedReviewLink) => void }) {
  const [choice, setChoice] = useState("7");
  const [date, setDate] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const create = useCreateReviewLink(orgId, playlistId);
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const submit = () => {
    create.mutate({ expiresAt: expiryOf(choice, date), password: password || undefined }, { onSuccess: onCreated });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select label="Link expires" data={expiries} value={choice} onChange={(v) => v && setChoice(v)} allowDeselect={false} />
          {choice === "date" && (
            <DatePickerInput
              label="Expiry date"
              placeholder="Pick a day"
              value={date}
              onChange={setDate}
              minDate={dayjs().add(1, "day").format("YYYY-MM-DD")}
              error={fieldErrors.expiresAt}
            />
          )}
        </Group>
        {choice !== "date" && fieldErrors.expiresAt && <FormError message={fieldErrors.expiresAt} />}
        <PasswordInput
          label="Password (optional)"
          description="The client enters it before seeing anything. At least 6 characters; send it separately from the link."
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldErrors.password}
          autoComplete="new-password"
        />
        {create.isError && !Object.keys(fieldErrors).length && <FormError message={errorMessage(create.error)} />}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconLink size={16} />} loading={create.isPending} disabled={choice === "date" && !date}>
            Create link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * "Share with client" (TRK-7): a link to this playlist alone, with an expiry and an optional
 * password. The link is shown once, when created; existing links can be revoked at once.
 */
export function ShareReviewModal({ orgId, playlistId, playlistName, opened, onClose }: Props) {
  const [created, setCreated] = useState<CreatedReviewLink | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={`Share “${playlistName}” with a client`} size="lg" centered>
      <Stack gap="lg">
        {created?.url ? (
          <Stack gap="sm" data-testid="created-link">
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy the link now">
              It is shown only once. Anyone with it {created.hasPassword ? "and the password " : ""}can watch this playlist and leave notes
              {created.expiresAt ? ` until ${dayjs(created.expiresAt).format("D MMM YYYY, HH:mm")}` : ""}.
            </Alert>
            <CopyField value={created.url} label="Client review link" testId="review-link-url" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCreated(null)}>
                Create another link
              </Button>
              <Button onClick={close}>Done</Button>
            </Group>
          </Stack>
        ) : (
          <NewLinkForm orgId={orgId} playlistId={playlistId} onCreated={setCreated} />
        )}
        <Stack gap={6}>
          <Title order={4} fz="sm">
            Links to this playlist
          </Title>
          <Text fz="xs" c="dimmed">
            Revoking a link stops it working at once; the client's notes stay on the versions.
          </Text>
          <ReviewLinksTable orgId={orgId} playlistId={playlistId} />
        </Stack>
      </Stack>
    </Modal>
  );
}
