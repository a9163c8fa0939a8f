import { ActionIcon, Button, Group, Paper, Skeleton, Stack, Table, Text, TextInput, Tooltip } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar, IconClockPlus, IconTrash } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { formatDate } from "../../../../lib/format";
import { useMe } from "../../../auth/api/session-api";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { formatMinutes, parseDuration } from "../api/duration";
import { useCreateTimeLog, useDeleteTimeLog, useTimeLogs } from "../api/time-api";

type Props = { taskId: string; estimateHours: number | null; archived: boolean };

/** Time logged on a task (TRK-9): log some, see who logged what; artists see their own. */
export function TaskTimePanel({ taskId, estimateHours, archived }: Props) {
  const { orgId, can } = useCurrentOrg();
  const me = useMe();
  const logs = useTimeLogs(orgId, { taskId });
  const create = useCreateTimeLog(orgId);
  const remove = useDeleteTimeLog(orgId);
  const [day, setDay] = useState<string | null>(dayjs().format("YYYY-MM-DD"));
  const [duration, setDuration] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const seesAll = can("task.edit");
  const total = logs.data?.items.reduce((sum, l) => sum + l.minutes, 0) ?? 0;

  const submit = () => {
    const minutes = parseDuration(duration);
    if (!day) return setError("Pick the day you worked.");
    if (!minutes) return setError("Enter how long, e.g. 45m, 2h or 1h30.");
    setError(null);
    create.mutate(
      { taskId, day, minutes, note: note.trim() || null },
      {
        onSuccess: () => {
          setDuration("");
          setNote("");
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Stack gap="sm" data-testid="task-time">
      <Group justify="space-between">
        <Text fz="sm">
          <Text span fw={700} data-testid="task-time-total">
            {formatMinutes(total) || "0h"}
          </Text>{" "}
          logged{seesAll ? "" : " by you"}
          {estimateHours !== null && (
            <Text span c="dimmed">
              {" "}
              of {estimateHours}h estimated
            </Text>
          )}
        </Text>
      </Group>
      {can("task.progress") && !archived && (
        <Paper withBorder radius="md" p="sm">
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <DatePickerInput
              label="Day"
              value={day}
              onChange={setDay}
              valueFormat="ddd D MMM"
              maxDate={dayjs().add(1, "day").format("YYYY-MM-DD")}
              leftSection={<IconCalendar size={16} />}
              w={150}
            />
            <TextInput label="Time" placeholder="1h30" value={duration} onChange={(e) => setDuration(e.currentTarget.value)} w={100} />
            <TextInput label="Note" placeholder="What you did (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button leftSection={<IconClockPlus size={16} />} onClick={submit} loading={create.isPending}>
              Log time
            </Button>
          </Group>
          {error && (
            <Stack mt="xs">
              <FormError message={error} />
            </Stack>
          )}
        </Paper>
      )}
      {logs.isPending ? (
        <Skeleton h={80} />
      ) : logs.isError ? (
        <ErrorState error={logs.error} title="Could not load time logs" onRetry={() => logs.refetch()} />
      ) : logs.data.items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No time logged on this task yet.
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="time-log-list">
          <Table.Tbody>
            {logs.data.items.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td w={120}>{formatDate(l.day)}</Table.Td>
                {seesAll && <Table.Td>{l.personName}</Table.Td>}
                <Table.Td w={80} fw={600}>
                  {formatMinutes(l.minutes)}
                </Table.Td>
                <Table.Td c="dimmed">{l.note}</Table.Td>
                <Table.Td w={40}>
                  {(seesAll || l.createdBy === me.data?.user.id) && (
                    <Tooltip label="Delete this entry" withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        onClick={() => remove.mutate(l.id)}
                        aria-label={`Delete ${formatMinutes(l.minutes)} on ${l.day}`}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
