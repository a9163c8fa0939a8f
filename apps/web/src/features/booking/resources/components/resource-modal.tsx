import type { Resource } from "@backlot/contracts/booking/resources";
import { Autocomplete, Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { CurrencySelect, TimeZoneSelect } from "../../profiles/components/region-selects";
import { useCreateResource, useUpdateResource } from "../api/resources-api";

type Values = {
  kind: Resource["kind"];
  name: string;
  studioName: string;
  location: string;
  timeZone: string | null;
  dayRate: number | string;
  currency: string | null;
  capacity: number | string;
  description: string;
};

type Props = { orgId: string; resource: Resource | null; studios: string[]; onClose: () => void };

const toValues = (r: Resource | null): Values => ({
  kind: r?.kind ?? "room",
  name: r?.name ?? "",
  studioName: r?.studioName ?? "",
  location: r?.location ?? "",
  timeZone: r?.timeZone ?? null,
  dayRate: r?.dayRate ?? "",
  currency: r?.currency ?? null,
  capacity: r?.capacity ?? "",
  description: r?.description ?? "",
});

const num = (v: number | string) => (v === "" ? null : Number(v));
const toBody = (v: Values) => ({
  name: v.name.trim(),
  studioName: v.studioName.trim() || null,
  location: v.location.trim() || null,
  timeZone: v.timeZone || null,
  dayRate: num(v.dayRate),
  currency: v.currency || null,
  capacity: v.kind === "room" ? num(v.capacity) : null,
  description: v.description.trim() || null,
});

/** Adds or edits a room or piece of equipment (BOOK-2); the server's field errors land on the inputs. */
export function ResourceModal({ orgId, resource, studios, onClose }: Props) {
  const create = useCreateResource(orgId);
  const update = useUpdateResource(orgId);
  const mutation = resource ? update : create;
  const form = useForm<Values>({
    initialValues: toValues(resource),
    validate: { name: (v) => (v.trim() ? null : "Give it a name, e.g. Grading Suite 1") },
  });
  const submit = form.onSubmit((v) => {
    const handlers = {
      onSuccess: (saved: Resource) => {
        notifications.show({ color: "teal", message: `${saved.name} ${resource ? "saved" : "added"}.` });
        onClose();
      },
      onError: (e: Error) => isApiError(e) && form.setErrors(e.fieldErrors()),
    };
    if (resource) update.mutate({ id: resource.id, version: resource.version, ...toBody(v) }, handlers);
    else create.mutate({ kind: v.kind, ...toBody(v) }, handlers);
  });
  const room = form.getValues().kind === "room";
  const onFields = isApiError(mutation.error) && (mutation.error.problem.errors?.length ?? 0) > 0;
  return (
    <Modal opened onClose={onClose} title={resource ? `Edit ${resource.name}` : "Add a room or equipment"} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={resource ? "Edit resource" : "New resource"}>
        <Stack gap="sm">
          <FormError message={mutation.error && !onFields ? errorMessage(mutation.error) : null} />
          {!resource && (
            <SegmentedControl
              data={[
                { value: "room", label: "Room" },
                { value: "equipment", label: "Equipment" },
              ]}
              {...form.getInputProps("kind")}
            />
          )}
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="Name"
              withAsterisk
              data-autofocus
              placeholder={room ? "Grading Suite 1" : "ARRI Alexa Mini LF kit"}
              {...form.getInputProps("name")}
            />
            <Autocomplete label="Studio" placeholder="e.g. Soho" data={studios} {...form.getInputProps("studioName")} />
            <TextInput label="Location" placeholder="Floor, address or city" {...form.getInputProps("location")} />
            <TimeZoneSelect label="Time zone" placeholder="The organization's" {...form.getInputProps("timeZone")} />
            <NumberInput label="Day rate" placeholder="None" decimalScale={2} thousandSeparator="," {...form.getInputProps("dayRate")} />
            <CurrencySelect label="Currency" placeholder="Organization's" {...form.getInputProps("currency")} />
            {room && <NumberInput label="Capacity" description="Seats or people" allowDecimal={false} placeholder="—" {...form.getInputProps("capacity")} />}
          </SimpleGrid>
          <Textarea
            label="Notes"
            placeholder="Equipment in the room, access, booking rules…"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps("description")}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {resource ? "Save" : "Add"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
