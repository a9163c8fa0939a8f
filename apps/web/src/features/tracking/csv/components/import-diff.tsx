import type { ImportResult, ImportRow } from "@backlot/contracts/tracking/csv";
import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { humanizeField } from "../../../../lib/format";
import classes from "./csv.module.css";

type Action = ImportRow["action"];
const actionColors: Record<Action, string> = { create: "teal", update: "blue", unchanged: "gray", error: "red" };
const actionLabels: Record<Action, string> = { create: "New", update: "Changed", unchanged: "Unchanged", error: "Error" };
const PAGE = 100;

/** "frameOut" reads "Frame out"; custom fields keep their CSV column ("custom.complexity"). */
const fieldLabel = (field: string) => (field.startsWith("custom.") ? field : humanizeField(field));
const show = (v: unknown) => (v == null || v === "" ? "empty" : Array.isArray(v) ? v.join("; ") : String(v));

/** The create / update / unchanged / error counts as badges (also the import result's summary). */
export function SummaryBadges({ summary }: { summary: ImportResult["summary"] }) {
  return (
    <Group gap="xs" data-testid="import-summary">
      {(Object.keys(actionLabels) as Action[]).map((a) => (
        <Badge key={a} size="lg" variant={a === "error" && summary[a] > 0 ? "filled" : "light"} color={actionColors[a]} data-testid={`summary-${a}`}>
          {summary[a]} {a === "create" ? "new" : a === "update" ? "changed" : a === "unchanged" ? "unchanged" : summary[a] === 1 ? "error" : "errors"}
        </Badge>
      ))}
    </Group>
  );
}

function Changes({ row }: { row: ImportRow }) {
  if (row.errors.length)
    return (
      <Stack gap={2}>
        {row.errors.map((e) => (
          <Text key={`${e.column}-${e.message}`} fz="xs" c="red.7">
            <Text span ff="monospace" fz="xs" fw={600}>
              {e.column}
            </Text>
            : {e.message}
          </Text>
        ))}
      </Stack>
    );
  if (row.changes.length === 0)
    return (
      <Text fz="xs" c="dimmed">
        No differences
      </Text>
    );
  return (
    <Stack gap={0}>
      {row.changes.map((c) => (
        <span key={c.field} className={classes.change}>
          <span className={classes.field}>{fieldLabel(c.field)}</span>
          {row.action === "update" && <span className={classes.old}>{show(c.old)}</span>}
          {row.action === "update" && <span aria-hidden>→</span>}
          <span className={classes.new}>{show(c.new)}</span>
        </span>
      ))}
    </Stack>
  );
}

/**
 * The dry run's diff: a filter by action and 100 rows a page, so a 10,000-row file renders as
 * fast as a 100-row one. Errors come first when there are any: they are what blocks the import.
 */
export function ImportDiff({ result }: { result: ImportResult }) {
  const initial: Action | "changes" = result.summary.error ? "error" : "changes";
  const [filter, setFilter] = useState<Action | "changes" | "all">(initial);
  const [page, setPage] = useState(1);
  const rows = useMemo(
    () => result.rows.filter((r) => filter === "all" || (filter === "changes" ? r.action === "create" || r.action === "update" : r.action === filter)),
    [result.rows, filter],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const visible = rows.slice((page - 1) * PAGE, page * PAGE);
  const s = result.summary;
  const filters = [
    { value: "changes", label: `Changes (${s.create + s.update})` },
    { value: "error", label: `Errors (${s.error})` },
    { value: "unchanged", label: `Unchanged (${s.unchanged})` },
    { value: "all", label: `All (${result.rows.length})` },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          data={filters}
          value={filter}
          onChange={(v) => {
            setFilter(v as typeof filter);
            setPage(1);
          }}
          aria-label="Show rows"
        />
        {pages > 1 && (
          <Text fz="xs" c="dimmed">
            Rows {(page - 1) * PAGE + 1}–{Math.min(page * PAGE, rows.length)} of {rows.length.toLocaleString()}
          </Text>
        )}
      </Group>
      {visible.length === 0 ? (
        <Text fz="sm" c="dimmed" ta="center" py="lg">
          {filter === "changes" ? "Nothing to change: every row matches what is already in the project." : "No rows here."}
        </Text>
      ) : (
        <Table className={classes.diffTable} verticalSpacing={6} striped data-testid="import-diff">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Line</Table.Th>
              <Table.Th w="22%">Key</Table.Th>
              <Table.Th w={110}>Action</Table.Th>
              <Table.Th>Fields (old → new)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((r) => (
              <Table.Tr key={`${r.line}-${r.key}`} data-action={r.action}>
                <Table.Td>
                  <Text fz="xs" c="dimmed" ff="monospace">
                    {r.line}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" ff="monospace" fw={550} truncate>
                    {r.key || "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={actionColors[r.action]}>
                    {actionLabels[r.action]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Changes row={r} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={setPage} withEdges />}
    </Stack>
  );
}
