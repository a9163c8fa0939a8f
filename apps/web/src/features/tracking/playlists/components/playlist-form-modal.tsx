import type { Playlist } from "@backlot/contracts/tracking/playlists";
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreatePlaylist, useUpdatePlaylist } from "../api/playlists-api";

type Props = {
  orgId: string;
  projectId: string;
  /** Edit this playlist; create a new one without it. */
  playlist?: Playlist;
  opened: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
};

function Form({ orgId, projectId, playlist, onClose, onSaved }: Omit<Props, "opened">) {
  const today = dayjs().format("YYYY-MM-DD");
  const [name, setName] = useState(playlist?.name ?? `Dailies ${dayjs().format("D MMM")}`);
  const [reviewDate, setReviewDate] = useState<string | null>(playlist ? playlist.reviewDate : today);
  const create = useCreatePlaylist(orgId, projectId);
  const update = useUpdatePlaylist(orgId, playlist?.id ?? "");
  const mutation = playlist ? update : create;
  const fieldErrors = isApiError(mutation.error) ? mutation.error.fieldErrors() : {};

  const submit = () => {
    if (playlist) update.mutate({ version: playlist.version, name, reviewDate }, { onSuccess: (p) => onSaved(p.id) });
    else create.mutate({ name, reviewDate }, { onSuccess: (p) => onSaved(p.id) });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={fieldErrors.name} />
        <DatePickerInput
          label="Review date"
          placeholder="Not set"
          clearable
          valueFormat="dddd D MMM YYYY"
          leftSection={<IconCalendar size={16} />}
          value={reviewDate}
          onChange={setReviewDate}
          error={fieldErrors.reviewDate}
        />
        {mutation.isError && !Object.keys(fieldErrors).length && <FormError message={errorMessage(mutation.error)} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!name.trim()}>
            {playlist ? "Save" : "Create playlist"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates or renames a dailies playlist. */
export function PlaylistFormModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.playlist ? "Edit playlist" : "New playlist"} centered>
      {props.opened && <Form {...props} />}
    </Modal>
  );
}
