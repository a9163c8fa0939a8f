import { notifications } from "@mantine/notifications";
import type { UseMutationResult } from "@tanstack/react-query";
import { errorMessage } from "../lib/api-client";
import { ConfirmDialog } from "./confirm-dialog";
import { FormError } from "./form-error";

type Props<T extends { id: string }> = {
  /** The record to remove; null keeps the dialog closed. */
  item: T | null;
  title: string;
  message: (item: T) => string;
  /** The notification after a removal. */
  done: (item: T) => string;
  /** A mutation taking the record's id. */
  remove: UseMutationResult<void, Error, string>;
  onClose: () => void;
};

/** "Remove …?" for a record deleted by id, with the server's refusal shown in the dialog. */
export function ConfirmRemoveDialog<T extends { id: string }>({ item, title, message, done, remove, onClose }: Props<T>) {
  const close = () => {
    onClose();
    remove.reset();
  };
  return (
    <ConfirmDialog
      opened={item !== null}
      title={title}
      message={item ? message(item) : ""}
      confirmLabel="Remove"
      loading={remove.isPending}
      error={<FormError message={remove.error ? errorMessage(remove.error) : null} />}
      onClose={close}
      onConfirm={() =>
        item &&
        remove.mutate(item.id, {
          onSuccess: () => {
            notifications.show({ color: "teal", message: done(item) });
            close();
          },
        })
      }
    />
  );
}
