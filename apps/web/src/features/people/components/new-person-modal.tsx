import { FormError } from "../../../components/form-error";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { useCreatePerson, useDepartments } from "../api/people-api";
import { PersonFields, type PersonFormValues, emptyPerson, personValidation, valuesToBody } from "./person-fields";

type Props = { orgId: string; opened: boolean; onClose: () => void };

export function NewPersonModal({ orgId, opened, onClose }: Props) {
  const navigate = useNavigate();
  const departments = useDepartments(orgId);
  const create = useCreatePerson(orgId);
  const form = useForm<PersonFormValues>({ initialValues: emptyPerson, validate: personValidation });

  const close = () => {
    onClose();
    form.reset();
    create.reset();
  };

  const submit = (openAfter: boolean) =>
    form.onSubmit((values) => {
      create.mutate(valuesToBody(values), {
        onSuccess: (person) => {
          notifications.show({ color: "teal", message: `${person.displayName} was added.` });
          close();
          if (openAfter) navigate(`/o/${orgId}/people/${person.id}`);
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      });
    });

  const generalError = create.error && !(isApiError(create.error) && Object.keys(create.error.fieldErrors()).length > 0) ? errorMessage(create.error) : null;

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>New person</Text>} size="lg">
      <form onSubmit={submit(false)} noValidate aria-label="New person">
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            Anyone the studio works with: staff, freelancers, crew or talent. Only the name is required.
          </Text>
          <FormError message={generalError} />
          <PersonFields form={form} departments={departments.data ?? []} autoFocus />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button variant="light" loading={create.isPending} onClick={() => submit(true)()}>
              Create and open
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create person
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
