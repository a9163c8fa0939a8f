import { FormError } from "../../../components/form-error";
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { queryKeys } from "../../../lib/query-keys";
import { authClient, authErrorMessage } from "../api/auth-client";
import { safeNext } from "../api/session-api";
import { AuthLayout } from "../../../components/auth-layout";

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: params.get("email") ?? "", password: "" },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter your email address"),
      password: (v) => (v ? null : "Enter your password"),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: values.email.trim(),
      password: values.password,
    });
    setBusy(false);
    if (failure) {
      setError(failure.status === 401 ? "That email and password don't match an account." : authErrorMessage(failure, "Could not sign in."));
      return;
    }
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    navigate(next, { replace: true });
  });

  const withNext = (path: string) => (next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`);

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to your studio."
      footer={
        <>
          New to Backlot?{" "}
          <Anchor component={Link} to={withNext("/sign-up")} fz="sm">
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={error} />
          <TextInput label="Email" type="email" autoComplete="email" autoFocus {...form.getInputProps("email")} />
          <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps("password")} />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" fz="xs">
              Forgot password?
            </Anchor>
          </Group>
          <Button type="submit" loading={busy} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
