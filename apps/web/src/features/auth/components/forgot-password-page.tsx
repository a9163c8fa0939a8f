import { FormError } from "../../../components/form-error";
import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { authClient, authErrorMessage } from "../api/auth-client";
import { AuthLayout } from "../../../components/auth-layout";

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: "" },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter your email address") },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.requestPasswordReset({
      email: email.trim(),
      redirectTo: "/reset-password",
    });
    setBusy(false);
    if (failure) setError(authErrorMessage(failure, "Could not send the reset email."));
    else setSentTo(email.trim());
  });

  return (
    <AuthLayout
      title="Reset your password"
      subtitle="We'll email you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in" fz="sm">
          Back to sign in
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert color="teal" variant="light" icon={<IconMailCheck size={18} />} title="Check your inbox">
          If an account exists for {sentTo}, a reset link is on its way. It is valid for one hour. (Without SMTP configured, the server prints the link in its
          log.)
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormError message={error} />
            <TextInput label="Email" type="email" autoComplete="email" autoFocus {...form.getInputProps("email")} />
            <Button type="submit" loading={busy} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
