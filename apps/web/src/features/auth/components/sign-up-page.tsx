import { FormError } from "../../../components/form-error";
import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { queryKeys } from "../../../lib/query-keys";
import { authClient, authErrorMessage } from "../api/auth-client";
import { safeNext } from "../api/session-api";
import { AuthLayout } from "../../../components/auth-layout";

const minPasswordLength = 10;

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { name: "", email: params.get("email") ?? "", password: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter your name"),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter a valid email address"),
      password: (v) => (v.length >= minPasswordLength ? null : `Use at least ${minPasswordLength} characters.`),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.signUp.email({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
    });
    setBusy(false);
    if (failure) {
      const message = authErrorMessage(failure, "Could not create the account.");
      // Password problems belong next to the password field; anything else goes on top.
      if (failure.code?.toUpperCase() === "WEAK_PASSWORD" || /password/i.test(message)) form.setFieldError("password", message);
      else setError(message);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    navigate(next, { replace: true });
  });

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Plan, book and track your productions in one place."
      footer={
        <>
          Already have an account?{" "}
          <Anchor component={Link} to={next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`} fz="sm">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={error} />
          <TextInput label="Your name" autoComplete="name" autoFocus {...form.getInputProps("name")} />
          <TextInput label="Work email" type="email" autoComplete="email" {...form.getInputProps("email")} />
          <PasswordInput
            label="Password"
            autoComplete="new-password"
            description={`At least ${minPasswordLength} characters. A few unrelated words make a strong password.`}
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={busy} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
