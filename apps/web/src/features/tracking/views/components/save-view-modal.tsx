import type { SavedView } from "@backlot/contracts/tracking/saved-views";
import { Button, Group, Modal, Stack, Switch, TextInput } from "@mantine/core";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { useCreateSavedView, type ViewKind } from "../api/saved-views-api";

type Props = {
  opened: boolean;
  onClose: () => void;
  orgId: string;
  viewKind: ViewKind;
  projectId: string | null;
  /** The screen's current filters (its owned query string). */
  query: string;
  /** Rename or (un)share this view instead of creating one. */
  view?: SavedView;
  canShare: boolean;
  onUpdate: (view: SavedView, body: { name: string; shared: boolean }) => Promise<unknown>;
};

function Form({ onClose, orgId, viewKind, projectId, query, view, canShare, onUpdate }: Omit<Props, "opened">) {
  const [name, setName] = useState(view?.name ?? "");
  const [shared, setShared] = useState(view?.shared ?? false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const create = useCreateSavedView(orgId);
  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      if (view) await onUpdate(view, { name, shared });
      else await create.mutateAsync({ name, viewKind, projectId, shared, config: { query } });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="e.g. Comp waiting for review"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
        />
        <Switch
          label="Share with everyone in the studio"
          description={canShare ? "Shared views appear in everyone's list." : "Only admins and managers can share views; this one stays yours."}
          checked={shared}
          disabled={!canShare}
          onChange={(e) => setShared(e.currentTarget.checked)}
        />
        <FormError message={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={!name.trim()}>
            {view ? "Save" : "Save view"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Names a new saved view (private or shared), or renames and (un)shares one. */
export function SaveViewModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.view ? "Edit view" : "Save view"} centered size="sm">
      {props.opened && <Form key={props.view?.id ?? "new"} {...props} />}
    </Modal>
  );
}
