import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

/** The message above a form when the server refused it; renders nothing without one. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}
