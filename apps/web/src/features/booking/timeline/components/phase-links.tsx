import type { Phase, Timeline } from "@backlot/contracts/booking/timeline";
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowRight, IconLink, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { useAddPhaseDependency, useRemovePhaseDependency } from "../api/timeline-api";
import { earliestStart, shortDate } from "./timeline-bars";

type Props = { orgId: string; projectId: string; timeline: Timeline; phase: Phase; canEdit: boolean };

/** Finish-to-start links of one phase: what it waits for (editable) and what waits for it. */
export function PhaseLinks({ orgId, projectId, timeline, phase, canEdit }: Props) {
  const add = useAddPhaseDependency(orgId, projectId);
  const remove = useRemovePhaseDependency(orgId, projectId);
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const [lagDays, setLagDays] = useState<number>(0);
  const byId = new Map(timeline.phases.map((p) => [p.id, p]));
  const waitsFor = timeline.dependencies.filter((d) => d.successorId === phase.id);
  const followedBy = timeline.dependencies.filter((d) => d.predecessorId === phase.id);
  const linked = new Set(waitsFor.map((d) => d.predecessorId));
  const options = timeline.phases.filter((p) => p.id !== phase.id && !linked.has(p.id)).map((p) => ({ value: p.id, label: p.name }));

  const link = () => {
    if (!predecessorId) return;
    add.mutate(
      { predecessorId, successorId: phase.id, lagDays },
      {
        onSuccess: () => {
          setPredecessorId(null);
          setLagDays(0);
        },
      },
    );
  };

  return (
    <Stack gap="xs" data-testid="phase-links">
      <Text fz="sm" fw={650}>
        Waits for
      </Text>
      {waitsFor.length === 0 && (
        <Text fz="xs" c="dimmed">
          Nothing: this phase can start whenever it likes.
        </Text>
      )}
      {waitsFor.map((d) => {
        const pred = byId.get(d.predecessorId);
        const late = pred && phase.startDate < earliestStart(pred, d.lagDays);
        return (
          <Group key={d.id} justify="space-between" wrap="nowrap" gap="xs">
            <Text fz="sm" c={late ? "red.7" : undefined}>
              {pred?.name ?? "?"}
              {d.lagDays ? ` + ${d.lagDays} days` : ""}
              {late && pred ? ` — should start ${shortDate(earliestStart(pred, d.lagDays))} or later` : ""}
            </Text>
            {canEdit && (
              <Tooltip label="Remove link">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Stop waiting for ${pred?.name ?? "phase"}`}
                  loading={remove.isPending}
                  onClick={() => remove.mutate(d.id)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
      {canEdit && options.length > 0 && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            size="xs"
            label="Add a phase it waits for"
            placeholder="Pick a phase"
            data={options}
            value={predecessorId}
            onChange={setPredecessorId}
            searchable
            style={{ flex: 1 }}
          />
          <NumberInput size="xs" label="Lag (days)" min={0} max={365} w={90} value={lagDays} onChange={(v) => setLagDays(typeof v === "number" ? v : 0)} />
          <Button size="xs" leftSection={<IconLink size={14} />} disabled={!predecessorId} loading={add.isPending} onClick={link}>
            Link
          </Button>
        </Group>
      )}
      {add.error && <FormError message={errorMessage(add.error)} />}
      {followedBy.length > 0 && (
        <>
          <Text fz="sm" fw={650} mt="xs">
            Waiting for this phase
          </Text>
          {followedBy.map((d) => (
            <Group key={d.id} gap={6}>
              <IconArrowRight size={14} color="var(--mantine-color-dimmed)" />
              <Text fz="sm">{byId.get(d.successorId)?.name ?? "?"}</Text>
            </Group>
          ))}
        </>
      )}
    </Stack>
  );
}
