import type { EntityType } from "@backlot/contracts/tracking/config";
import type { ImportKind } from "../api/csv-api";

/** What a file can be: "entities:shot", "entities:asset", …, "tasks" or "casting". */
export type ImportTarget = { kind: ImportKind; type?: string; label: string; value: string };

export function importTargets(entityTypes: EntityType[]): ImportTarget[] {
  const entities = entityTypes.map((t) => ({ kind: "entities" as const, type: t.key, label: plural(t.name), value: `entities:${t.key}` }));
  return [...entities, { kind: "tasks", label: "Tasks", value: "tasks" }, { kind: "casting", label: "Casting (assets in shots)", value: "casting" }];
}

export function plural(name: string): string {
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return /s$/i.test(name) ? name : `${name}s`;
}

/**
 * Guesses what a file holds from its name and header, so the common case is one click:
 * a header with task_type is tasks, asset_code casting, otherwise the entity type named in the file.
 */
export function guessTarget(targets: ImportTarget[], fileName: string, header: string): string | null {
  const columns = header
    .toLowerCase()
    .split(/[,;\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ""));
  if (columns.includes("task_type")) return "tasks";
  if (columns.includes("asset_code")) return "casting";
  const name = fileName.toLowerCase();
  const byName = targets.filter((t) => t.kind === "entities").find((t) => t.type && name.includes(t.type));
  if (byName) return byName.value;
  if (columns.includes("frame_in") || columns.includes("frame_out")) return targets.find((t) => t.type === "shot")?.value ?? null;
  if (columns.includes("asset_type")) return targets.find((t) => t.type === "asset")?.value ?? null;
  return null;
}

export const kindLabels: Record<string, string> = { entities: "Entities", tasks: "Tasks", casting: "Casting" };
