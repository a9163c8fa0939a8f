import type { ImportResult } from "@backlot/contracts/tracking/csv";
import { Alert, Button, Group, Paper, Select, Stack, Stepper, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconFileImport, IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { useRunImport } from "../api/csv-api";
import { FileDrop } from "./file-drop";
import { ImportDiff, SummaryBadges } from "./import-diff";
import { guessTarget, type ImportTarget } from "./import-kinds";

type Props = { orgId: string; projectId: string; targets: ImportTarget[]; canImport: boolean };
type Loaded = { file: File; text: string };

/**
 * The coordinator's CSV flow (CORE-13): pick a file and say what it is, see the dry run's diff,
 * import when nothing is in error, see the result. Undo lives in the history beside it.
 */
export function ImportWizard({ orgId, projectId, targets, canImport }: Props) {
  const run = useRunImport(orgId, projectId);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [targetValue, setTargetValue] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const target = targets.find((t) => t.value === targetValue) ?? null;
  const step = applied ? 2 : dryRun ? 1 : 0;
  const changes = dryRun ? dryRun.summary.create + dryRun.summary.update : 0;

  const reset = () => {
    setLoaded(null);
    setDryRun(null);
    setApplied(null);
    setRefusal(null);
    setTargetValue(null);
  };
  const pick = async (file: File) => {
    const text = await file.text();
    setLoaded({ file, text });
    setDryRun(null);
    setRefusal(null);
    setTargetValue(guessTarget(targets, file.name, text.split(/\r?\n/, 1)[0] ?? "") ?? targetValue);
  };
  const send = (dry: boolean) => {
    if (!loaded || !target) return;
    setRefusal(null);
    run.mutate(
      { kind: target.kind, type: target.type, csv: loaded.text, fileName: loaded.file.name, dryRun: dry },
      {
        onSuccess: (result) => (dry ? setDryRun(result) : setApplied(result)),
        onError: (e) => setRefusal(errorMessage(e)),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Group gap="xs" mb="md">
        <IconFileImport size={20} />
        <Title order={3} fz="md" fw={650}>
          Import from CSV
        </Title>
      </Group>
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={(s) => s === 0 && !applied && setDryRun(null)}>
        <Stepper.Step label="Choose file" description="And what it holds" />
        <Stepper.Step label="Review" description="Dry run: nothing saved yet" />
        <Stepper.Step label="Imported" description="Undo from the history" />
      </Stepper>
      <Stack gap="md">
        <FormError message={refusal} />
        {step === 0 && (
          <>
            <FileDrop file={loaded?.file ?? null} onFile={(f) => void pick(f)} disabled={!canImport} />
            <Group align="flex-end" gap="sm">
              <Select
                label="What is in this file?"
                placeholder="Shots, assets, tasks…"
                data={targets.map((t) => ({ value: t.value, label: t.label }))}
                value={targetValue}
                onChange={setTargetValue}
                w={280}
                allowDeselect={false}
                data-testid="import-target"
              />
              <Button leftSection={<IconPlayerPlay size={16} />} disabled={!loaded || !target || !canImport} loading={run.isPending} onClick={() => send(true)}>
                Check file
              </Button>
            </Group>
          </>
        )}
        {step === 1 && dryRun && loaded && (
          <>
            <Group justify="space-between" align="center">
              <Stack gap={2}>
                <Text fw={600}>
                  {loaded.file.name} as {target?.label.toLowerCase()}
                </Text>
                <Text fz="sm" c="dimmed">
                  {dryRun.rows.length.toLocaleString()} rows checked against the project. Nothing has been saved yet.
                </Text>
              </Stack>
              <SummaryBadges summary={dryRun.summary} />
            </Group>
            {dryRun.summary.error > 0 && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Fix the errors, then check the file again">
                {dryRun.summary.error} {dryRun.summary.error === 1 ? "row has" : "rows have"} errors. An import applies all rows or none, so nothing can be
                imported until they are fixed.
              </Alert>
            )}
            <ImportDiff key={loaded.file.name + dryRun.rows.length} result={dryRun} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setDryRun(null)}>
                Back
              </Button>
              <Button disabled={changes === 0 || dryRun.summary.error > 0} loading={run.isPending} onClick={() => send(false)} data-testid="import-apply">
                {changes === 0 ? "Nothing to import" : `Import ${changes.toLocaleString()} ${changes === 1 ? "change" : "changes"}`}
              </Button>
            </Group>
          </>
        )}
        {step === 2 && applied && (
          <Stack align="center" gap="sm" py="md" data-testid="import-done">
            <IconCircleCheck size={40} color="var(--mantine-color-teal-6)" />
            <Text fw={650} fz="lg">
              {applied.importId ? "Import complete" : "Nothing changed"}
            </Text>
            <SummaryBadges summary={applied.summary} />
            <Text fz="sm" c="dimmed" ta="center" maw={460}>
              {applied.importId
                ? "Every row was applied in one go and recorded in each record's history. Changed your mind? Undo it from the import history."
                : "Every row already matched the project, so no import was recorded."}
            </Text>
            <Button variant="default" onClick={reset}>
              Import another file
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
