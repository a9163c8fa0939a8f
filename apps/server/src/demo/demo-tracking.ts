import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../platform/deps";
import { people } from "../platform/db/schema";
import type { Actor } from "../platform/http/actor";
import { loadProjectConfig } from "../modules/tracking/config/config.repo";
import { importEntities } from "../modules/tracking/csv/imports.service";
import { setCasting } from "../modules/tracking/entities/casting.service";
import { getEntitiesByCode } from "../modules/tracking/entities/entities.repo";
import { createField } from "../modules/tracking/fields/fields.service";
import { createProject } from "../modules/tracking/projects/projects.service";
import { listRoleSlots } from "../modules/tracking/slots/slots.repo";
import { updateRoleSlot } from "../modules/tracking/slots/slots.service";
import { addDependency } from "../modules/tracking/tasks/dependencies.service";
import { bulkUpdateTasks } from "../modules/tracking/tasks/tasks.service";
import { listTasks } from "../modules/tracking/tasks/tasks.repo";

/**
 * The demo VFX show: "Harbour Lights", 4 sequences of 12 shots and 10 assets imported from CSV
 * (as a coordinator would), cast, staffed with role slots, and part-way through its pipeline.
 */
const sequences = ["HBR", "MKT", "STM", "LGT"];
const complexities = ["easy", "medium", "medium", "hard", "hero"];
const assets = [
  ["chr_mara", "Mara", "character"],
  ["chr_tobias", "Tobias", "character"],
  ["chr_gull", "Harbour gull", "character"],
  ["veh_trawler", "Trawler Ellen May", "vehicle"],
  ["veh_dinghy", "Dinghy", "vehicle"],
  ["prp_lantern", "Storm lantern", "prop"],
  ["prp_net", "Fishing net", "prop"],
  ["env_harbour", "Harbour at dusk", "environment"],
  ["env_lighthouse", "Lighthouse", "environment"],
  ["fx_storm", "Storm sea", "fx"],
];

function shotCsv() {
  const lines = ["code,parent,name,frame_in,frame_out,custom.complexity"];
  sequences.forEach((seq, s) => {
    for (let i = 1; i <= 12; i++) {
      const code = `${seq}_${String(i * 10).padStart(4, "0")}`;
      lines.push([code, seq, `${seq} shot ${i}`, "1001", String(1001 + 40 + ((i * 17 + s * 5) % 80)), complexities[(i + s) % complexities.length]].join(","));
    }
  });
  return lines.join("\n");
}

export async function seedTrackingDemo(deps: Deps, admin: Actor, organizationId: string) {
  const db = deps.db;
  const project = await createProject(db, admin, organizationId, {
    name: "Harbour Lights",
    code: "HBL",
    kind: "vfx",
    template: "vfx",
    status: "active",
    startDate: "2026-10-05",
    endDate: "2027-03-26",
    clientName: "Meridian Pictures",
    description: "Feature, 48 VFX shots: a fishing harbour through one stormy night.",
  });
  const scope = { organizationId, projectId: project.id };
  await createField(db, admin, scope, {
    object: "shot",
    key: "complexity",
    label: "Complexity",
    fieldType: "select",
    options: ["easy", "medium", "hard", "hero"],
    defaultValue: "medium",
  });
  await importEntities(db, admin, scope, { csv: shotCsv(), type: "shot", dryRun: false, fileName: "harbour-lights-turnover.csv" });
  const assetCsv = ["code,name,asset_type", ...assets.map((a) => a.join(","))].join("\n");
  await importEntities(db, admin, scope, { csv: assetCsv, type: "asset", dryRun: false, fileName: "harbour-lights-assets.csv" });

  await staffSlots(deps, admin, scope);
  await castShots(deps, admin, scope);
  await progressTasks(deps, admin, scope);
}

/** Fills the template's slots with demo people (Mia, the member user, is compositor 1); one stays open. */
async function staffSlots(deps: Deps, admin: Actor, scope: { organizationId: string; projectId: string }) {
  const roster = await deps.db
    .select({ id: people.id, department: people.department, displayName: people.displayName })
    .from(people)
    .where(
      and(
        eq(people.organizationId, scope.organizationId),
        inArray(people.displayName, ["Max Manager", "Mia Member", "Ada Admin", "Tomás Herrera", "Léa Fontaine", "Diego Morales", "Yuki Sato"]),
      ),
    );
  const byName = new Map(roster.map((p) => [p.displayName, p.id]));
  const fill: Record<string, string | undefined> = {
    "VFX Supervisor": byName.get("Max Manager"),
    "Production Coordinator": byName.get("Ada Admin"),
    "Compositor 1": byName.get("Mia Member"),
    "VFX Producer": byName.get("Tomás Herrera"),
    "Compositing Lead": byName.get("Léa Fontaine"),
    "Compositor 2": byName.get("Diego Morales"),
    Animator: byName.get("Yuki Sato"),
  };
  for (const slot of await listRoleSlots(deps.db, scope.organizationId, scope.projectId, false)) {
    const personId = fill[slot.displayName];
    if (personId) await updateRoleSlot(deps.db, admin, scope, slot.id, { version: slot.version, personId });
  }
}

async function castShots(deps: Deps, admin: Actor, scope: { organizationId: string; projectId: string }) {
  const assetRows = await getEntitiesByCode(
    deps.db,
    scope.organizationId,
    scope.projectId,
    "asset",
    assets.map((a) => a[0] as string),
  );
  const asset = (code: string) => assetRows.find((a) => a.code === code)?.id as string;
  const shots = await getEntitiesByCode(deps.db, scope.organizationId, scope.projectId, "shot", ["HBR_0010", "HBR_0020", "HBR_0030", "STM_0010", "STM_0020"]);
  for (const shot of shots) {
    const storm = shot.code.startsWith("STM");
    const cast = storm
      ? [
          { assetId: asset("veh_trawler"), occurrences: 1 },
          { assetId: asset("fx_storm"), occurrences: 1 },
          { assetId: asset("chr_tobias"), occurrences: 1 },
        ]
      : [
          { assetId: asset("env_harbour"), occurrences: 1 },
          { assetId: asset("chr_mara"), occurrences: 1 },
          { assetId: asset("chr_gull"), occurrences: 3 },
        ];
    await setCasting(deps.db, admin, scope, shot.id, { assets: cast });
  }
}

/** Harbour is in review, market in progress, storm and lighthouse still waiting. */
async function progressTasks(deps: Deps, admin: Actor, scope: { organizationId: string; projectId: string }) {
  const config = await loadProjectConfig(deps.db, scope.organizationId, scope.projectId);
  const status = (code: string) => config.statuses.find((s) => s.shortCode === code)?.id as string;
  const slots = await listRoleSlots(deps.db, scope.organizationId, scope.projectId, false);
  const slot = (name: string) => slots.find((s) => s.displayName === name)?.id as string;
  const tasks = await listTasks(deps.db, scope.organizationId, { projectId: scope.projectId, limit: 1000, userId: admin.userId, after: null });
  const group = (prefix: string, step?: string) => tasks.filter((t) => t.entityCode?.startsWith(prefix) && (!step || t.taskTypeName === step));
  const apply = async (list: typeof tasks, changes: Parameters<typeof bulkUpdateTasks>[3]["changes"]) => {
    if (list.length === 0) return;
    const result = await bulkUpdateTasks(deps.db, admin, scope, { tasks: list.map((t) => ({ id: t.id, version: t.version })), changes });
    for (const updated of result.items) {
      const row = tasks.find((t) => t.id === updated.id);
      if (row) row.version = updated.version;
    }
  };
  await apply(group("HBR"), { statusId: status("apr") });
  await apply(group("HBR", "Compositing"), { statusId: status("rev"), assigneeSlotIds: [slot("Compositor 1")] });
  await apply(group("MKT"), { statusId: status("rdy") });
  await apply(group("MKT", "Matchmove"), { statusId: status("apr") });
  await apply(group("MKT", "Animation"), { statusId: status("wip"), assigneeSlotIds: [slot("Animator")] });
  await apply(group("MKT", "Compositing"), { assigneeSlotIds: [slot("Compositor 1")], dueDate: "2026-12-18" });
  await apply(group("STM", "Compositing"), { assigneeSlotIds: [slot("Compositor 2")] });
  await apply(group("LGT", "FX"), { statusId: status("hld") });
  for (const shot of new Set(group("MKT").map((t) => t.entityId))) {
    const steps = tasks.filter((t) => t.entityId === shot);
    const chain = ["Animation", "Lighting", "Compositing"].map((n) => steps.find((t) => t.taskTypeName === n)?.id as string);
    await addDependency(deps.db, admin, scope, chain[1] as string, chain[0] as string);
    await addDependency(deps.db, admin, scope, chain[2] as string, chain[1] as string);
  }
}
