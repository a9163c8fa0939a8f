import { Button, Group, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import dayjs from "dayjs";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { DayInput } from "../../time-off/components/day-input";
import { useAddHoliday } from "../api/holidays-api";

type Values = { date: string | null; name: string };

/** One line: date, name, Add. The server's field errors land on the two inputs. */
export function AddHolidayForm({ orgId, onAdded }: { orgId: string; onAdded: (date: string) => void }) {
  const add = useAddHoliday(orgId);
  const form = useForm<Values>({ initialValues: { date: null, name: "" } });
  const submit = form.onSubmit((v) =>
    add.mutate(
      { date: v.date ?? "", name: v.name },
      {
        onSuccess: (h) => {
          notifications.show({ color: "teal", message: `${h.name} (${dayjs(h.date).format("D MMM YYYY")}) added.` });
          form.reset();
          onAdded(h.date);
        },
        onError: (e) => isApiError(e) && form.setErrors(e.fieldErrors()),
      },
    ),
  );
  const onFields = isApiError(add.error) && (add.error.problem.errors?.length ?? 0) > 0;
  return (
    <form onSubmit={submit} noValidate aria-label="Add a holiday">
      <FormError message={add.error && !onFields ? errorMessage(add.error) : null} />
      <Group align="flex-start" gap="sm" mt={add.error && !onFields ? "sm" : 0}>
        <DayInput label="Date" placeholder="Pick a day" w={180} {...form.getInputProps("date")} />
        <TextInput label="Name" placeholder="e.g. Christmas Day" style={{ flex: 1 }} miw={200} {...form.getInputProps("name")} />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={add.isPending}>
          Add holiday
        </Button>
      </Group>
    </form>
  );
}
