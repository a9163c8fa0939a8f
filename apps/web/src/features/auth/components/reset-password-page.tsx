import { FormError } from "../../../components/form-error";
import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { authClient, authErrorMessage } from "../api/auth-client";
import { AuthLayout } from "../../../components/auth-layout";

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get("token");
  const linkError = params.get("error");
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { password: "", confirm: "" },
    validate: {
      password: (v) => (v.length >= 10 ? null : "Use at least 10 characters."),
      confirm: (v, values) => (v === values.password ? null : "The passwords don't match"),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.resetPassword({ newPassword: password, token });
    setBusy(false);
    if (!failure) return setDone(true);
    const message = authErrorMessage(failure, "Could not reset the password.");
    if (failure.code?.toUpperCase() === "WEAK_PASSWORD" || /too easy|characters/i.test(message)) form.setFieldError("password", message);
    else setError(message);
  });

  const footer = (
    <Anchor component={Link} to="/sign-in" fz="sm">
      Back to sign in
    </Anchor>
  );

  if (!token || linkError) {
    return (
      <AuthLayout title="Reset link not valid" footer={footer}>
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />}>
            This password reset link is invalid or has expired. Ask for a new one.
          </Alert>
          <Button component={Link} to="/forgot-password" variant="light">
            Send a new link
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Choose a new password" footer={footer}>
      {done ? (
        <Stack>
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
            Your password has been changed. Other sessions were signed out.
          </Alert>
          <Button component={Link} to="/sign-in">
            Sign in
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormError message={error} />
            <PasswordInput label="New password" autoComplete="new-password" autoFocus {...form.getInputProps("password")} />
            <PasswordInput label="Repeat new password" autoComplete="new-password" {...form.getInputProps("confirm")} />
            <Button type="submit" loading={busy} fullWidth>
              Change password
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
