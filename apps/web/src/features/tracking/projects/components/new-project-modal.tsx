import { Button, Divider, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCreateProject } from "../api/projects-api";
import { emptyProject, ProjectCoreFields, type ProjectFormValues, projectValidation, valuesToBody } from "./project-fields";
import { type ProjectTemplateKey, suggestCode, templateInfo } from "./project-labels";
import { TemplatePicker } from "./template-picker";

type Props = { orgId: string; opened: boolean; onClose: () => void };

/** Field errors of a refused create; a duplicate code is a bare 409, so it is put on the code field. */
function refusalErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  if (error.code === "conflict") return { code: "Another project already uses this code" };
  return error.fieldErrors();
}

export function NewProjectModal({ orgId, opened, onClose }: Props) {
  const navigate = useNavigate();
  const create = useCreateProject(orgId);
  const [template, setTemplate] = useState<ProjectTemplateKey>("vfx");
  // The code follows the name, and the kind the template, until the user picks their own.
  const codeTouched = useRef(false);
  const form = useForm<ProjectFormValues>({
    initialValues: emptyProject,
    validate: projectValidation,
    onValuesChange: (values, previous) => {
      if (values.code !== previous.code && values.code !== suggestCode(values.name)) codeTouched.current = true;
    },
  });

  const close = () => {
    onClose();
    form.reset();
    create.reset();
    setTemplate("vfx");
    codeTouched.current = false;
  };

  const chooseTemplate = (t: ProjectTemplateKey) => {
    if (form.getValues().kind === templateInfo[template].kind) form.setFieldValue("kind", templateInfo[t].kind);
    setTemplate(t);
  };

  const submit = form.onSubmit((values) => {
    const { fps: _fps, assetTypes: _assetTypes, ...body } = valuesToBody(values);
    create.mutate(
      { ...body, template },
      {
        onSuccess: (project) => {
          notifications.show({ color: "teal", message: `${project.name} was created from the ${templateInfo[template].label} template.` });
          close();
          navigate(`/o/${orgId}/tracking/projects/${project.id}`);
        },
        onError: (error) => form.setErrors(refusalErrors(error)),
      },
    );
  });

  const generalError = create.error && Object.keys(refusalErrors(create.error)).length === 0 ? errorMessage(create.error) : null;

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>New project</Text>} size={880}>
      <form onSubmit={submit} noValidate aria-label="New project">
        <Stack gap="md">
          <FormError message={generalError} />
          <TemplatePicker value={template} onChange={chooseTemplate} />
          <Divider />
          <ProjectCoreFields
            form={form}
            autoFocus
            onNameChange={(name) => {
              if (!codeTouched.current) form.setFieldValue("code", suggestCode(name));
            }}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
