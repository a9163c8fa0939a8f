import type { AuditEntry } from "@backlot/contracts/core/audit";
import { Box, Group, Text, Tooltip } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { formatDateTime, formatRelative, humanizeField } from "../../lib/format";
import classes from "./history-panel.module.css";
import { HistoryValue } from "./history-value";

const verbs: Record<AuditEntry["action"], string> = {
  create: "created this",
  update: "saved without changes",
  delete: "deleted this",
  archive: "archived this",
  restore: "restored this",
};

/** Fields every record carries that are noise in a history view. */
const hiddenFields = new Set(["version", "updatedAt", "createdAt", "updatedBy", "createdBy", "id", "organizationId"]);

type Props = {
  entry: AuditEntry;
  fieldLabels?: Record<string, string>;
  /** Display names of enum values per field, e.g. { status: { on_hold: "On hold" } }. */
  valueLabels?: Record<string, Record<string, string>>;
  /** Record-specific fields that mean nothing to people (ids shown by name elsewhere). */
  hideFields?: readonly string[];
};

export function HistoryEntry({ entry, fieldLabels, valueLabels, hideFields = [] }: Props) {
  // Fields named in fieldLabels come first, in that order; the rest keep the server's order.
  const order = Object.keys(fieldLabels ?? {});
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const changes = entry.changes.filter((c) => !hiddenFields.has(c.field) && !hideFields.includes(c.field)).sort((x, y) => rank(x.field) - rank(y.field));
  const label = (field: string) => fieldLabels?.[field] ?? humanizeField(field);
  const isCreate = entry.action === "create";
  const isEmpty = (v: unknown) => v === null || v === "" || (Array.isArray(v) && v.length === 0);
  const shown = isCreate ? changes.filter((c) => !isEmpty(c.new)) : changes;
  return (
    <Box data-testid="history-entry">
      <Group gap={6} wrap="wrap" align="baseline">
        <Text fz="sm" fw={600}>
          {entry.actor?.name ?? "System"}
        </Text>
        <Text fz="sm" c="dimmed">
          {entry.action === "update" && shown.length > 0 ? `changed ${shown.map((c) => label(c.field).toLowerCase()).join(", ")}` : verbs[entry.action]}
        </Text>
      </Group>
      <Tooltip label={formatDateTime(entry.at)} withArrow openDelay={300}>
        <Text fz="xs" c="dimmed" w="fit-content">
          {formatRelative(entry.at)}
        </Text>
      </Tooltip>
      {shown.length > 0 && (
        <Box className={classes.changes} mt={6}>
          {shown.map((c) => (
            <div key={c.field} className={classes.change}>
              <Text fz="xs" c="dimmed" className={classes.field}>
                {label(c.field)}
              </Text>
              <div className={classes.values}>
                {!isCreate && (
                  <>
                    <HistoryValue value={c.old} strike labels={valueLabels?.[c.field]} />
                    <IconArrowRight size={12} className={classes.arrow} />
                  </>
                )}
                <HistoryValue value={c.new} labels={valueLabels?.[c.field]} />
              </div>
            </div>
          ))}
        </Box>
      )}
    </Box>
  );
}
