/**
 * The grid benchmark's data: 10,000 shots in 40 sequences, each with its 10 template tasks
 * (100,000 tasks), bulk-loaded with multi-row INSERT … SELECT FROM unnest(…) rather than
 * 110,000 API calls. The rows are what the API would have written (entities.service.ts,
 * template-tasks.ts, tasks.service.ts): uuidv7 ids, organization_id and project_id on every
 * row, created_by/updated_by, the template task name, and for a task that was since moved out
 * of its default status, assigned or given a due date, version 2 (one PATCH). tracking-probe.ts
 * checks that against a shot made through the API. Audit and outbox rows are not written:
 * the grid never reads them.
 *
 * Deterministic: the same seed gives the same shots, statuses, assignments and frame ranges.
 */
import type pg from "pg";
import { uuidv7 } from "uuidv7";
import { complexityOptions, pipelineOrder, type Slot, type TrackingProject } from "./tracking-setup";

export const SHOTS = 10_000;

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, weighted: [T, number][]): T {
  let r = rand() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of weighted) {
    r -= w;
    if (r < 0) return v;
  }
  return (weighted.at(-1) as [T, number])[0];
}

/**
 * A task's status from how far the shot has got (0…1) and where the step sits in the pipeline:
 * steps well behind the shot's progress are mostly approved, the ones at it are in flight, the
 * ones ahead are waiting. Short codes are the template's (project-templates.ts).
 */
function statusCode(rand: () => number, progress: number, stage: number): string {
  const d = progress - (stage + 0.5) / pipelineOrder.length;
  if (d > 0.12)
    return pick(rand, [
      ["apr", 86],
      ["rev", 4],
      ["rtk", 5],
      ["hld", 5],
    ]);
  if (d > 0)
    return pick(rand, [
      ["wip", 40],
      ["rev", 25],
      ["rtk", 15],
      ["apr", 15],
      ["hld", 5],
    ]);
  if (d > -0.12)
    return pick(rand, [
      ["rdy", 40],
      ["wip", 20],
      ["wtg", 30],
      ["blk", 5],
      ["hld", 5],
    ]);
  return pick(rand, [
    ["wtg", 95],
    ["hld", 3],
    ["blk", 2],
  ]);
}

/** Chance that a task in this status has an assignee (waiting work is mostly unassigned). */
const assignChance: Record<string, number> = { wtg: 0.12, rdy: 0.55, wip: 1, rev: 1, rtk: 1, apr: 0.92, hld: 0.6, blk: 0.7 };

/** Which slots work on which step: artists of the step's department, by display name. */
const slotPrefixByStep: Record<string, string> = {
  Previs: "Previs Artist",
  Matchmove: "Matchmove Artist",
  Roto: "Roto Artist",
  Paint: "Paint Artist",
  Layout: "Layout Artist",
  Animation: "Animator",
  FX: "FX Artist",
  Lighting: "Lighting Artist",
  Rendering: "Lighting Artist",
  Compositing: "Compositor",
};

type Rows = {
  entities: { id: string[]; code: string[]; parent: string[]; frameIn: number[]; frameOut: number[]; custom: string[] };
  tasks: { id: string[]; entity: string[]; type: string[]; status: string[]; name: string[]; due: (string | null)[]; version: number[] };
  assignees: { task: string[]; slot: string[] };
};

/** Counts to print and to check the load against. */
export type DataSummary = { shots: number; tasks: number; assigned: number; byStatus: Record<string, number>; byComplexity: Record<string, number> };

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Builds every row in memory (about 20 MB), sequences in a shuffled order as imports come in. */
export function generateShots(project: TrackingProject, shots = SHOTS, seed = 7): { rows: Rows; summary: DataSummary } {
  const rand = random(seed);
  const statusId = new Map(project.statuses.map((s) => [s.shortCode, s.id]));
  const steps = pipelineOrder.map((name) => {
    const type = project.taskTypes.find((t) => t.name === name);
    if (!type) throw new Error(`no task type ${name}`);
    const prefix = slotPrefixByStep[name] as string;
    const slots: Slot[] = project.slots.filter((s) => s.displayName === prefix || s.displayName.startsWith(`${prefix} `));
    if (slots.length === 0) throw new Error(`no slots for ${name}`);
    return { type, slots };
  });
  const rows: Rows = {
    entities: { id: [], code: [], parent: [], frameIn: [], frameOut: [], custom: [] },
    tasks: { id: [], entity: [], type: [], status: [], name: [], due: [], version: [] },
    assignees: { task: [], slot: [] },
  };
  const summary: DataSummary = { shots: 0, tasks: 0, assigned: 0, byStatus: {}, byComplexity: {} };
  const seqCount = project.sequences.length;
  const perSeq = Math.ceil(shots / seqCount);
  const order = project.sequences.map((s, i) => ({ s, i, k: rand() })).sort((a, b) => a.k - b.k);
  for (const { s: seq, i: seqIndex } of order) {
    // Earlier sequences are further along; each shot varies around its sequence.
    const seqProgress = 0.92 - (0.85 * seqIndex) / Math.max(1, seqCount - 1) + (rand() - 0.5) * 0.1;
    for (let j = 0; j < perSeq && summary.shots < shots; j++) {
      const id = uuidv7();
      const complexity = pick(rand, [
        [complexityOptions[0], 35],
        [complexityOptions[1], 38],
        [complexityOptions[2], 19],
        [complexityOptions[3], 5],
        [null, 3],
      ]);
      const duration = 24 + Math.min(456, Math.floor(-Math.log(1 - rand()) * 70));
      rows.entities.id.push(id);
      rows.entities.code.push(`${seq.code}_${String((j + 1) * 10).padStart(4, "0")}`);
      rows.entities.parent.push(seq.id);
      rows.entities.frameIn.push(1001);
      rows.entities.frameOut.push(1000 + duration);
      rows.entities.custom.push(JSON.stringify(complexity ? { complexity } : {}));
      summary.shots++;
      summary.byComplexity[complexity ?? "(none)"] = (summary.byComplexity[complexity ?? "(none)"] ?? 0) + 1;
      const progress = Math.min(1, Math.max(0, seqProgress + (rand() + rand() + rand() - 1.5) * 0.15));
      for (const [stage, step] of steps.entries()) addTask(rand, rows, summary, { entityId: id, step, stage, progress, statusId, seqIndex, shotIndex: j });
    }
  }
  return { rows, summary };
}

type TaskInput = {
  entityId: string;
  step: { type: { id: string; name: string }; slots: Slot[] };
  stage: number;
  progress: number;
  statusId: Map<string, string>;
  seqIndex: number;
  shotIndex: number;
};

function addTask(rand: () => number, rows: Rows, summary: DataSummary, t: TaskInput) {
  const code = statusCode(rand, t.progress, t.stage);
  const id = uuidv7();
  const assigned = rand() < (assignChance[code] ?? 0);
  // An artist takes a run of shots in a sequence; one in five goes to whoever is free.
  const block = t.seqIndex * 7 + Math.floor(t.shotIndex / 40);
  const slot = t.step.slots[(rand() < 0.2 ? Math.floor(rand() * 1000) : block) % t.step.slots.length] as Slot;
  const due = assigned && code !== "apr" ? addDays("2027-01-04", t.seqIndex * 4 + t.stage * 3 + Math.floor(rand() * 10)) : null;
  rows.tasks.id.push(id);
  rows.tasks.entity.push(t.entityId);
  rows.tasks.type.push(t.step.type.id);
  rows.tasks.status.push(t.statusId.get(code) as string);
  rows.tasks.name.push(t.step.type.name);
  rows.tasks.due.push(due);
  // The template creates every task at version 1 in "wtg"; one PATCH (status, assignee, due) makes it 2.
  rows.tasks.version.push(code !== "wtg" || assigned ? 2 : 1);
  if (assigned) {
    rows.assignees.task.push(id);
    rows.assignees.slot.push(slot.id);
    summary.assigned++;
  }
  summary.tasks++;
  summary.byStatus[code] = (summary.byStatus[code] ?? 0) + 1;
}

const BATCH = 10_000;

function slices<T>(arrays: T[][], total: number, size = BATCH): T[][][] {
  const out: T[][][] = [];
  for (let at = 0; at < total; at += size) out.push(arrays.map((a) => a.slice(at, at + size)));
  return out;
}

/** Inserts the generated rows in one transaction, 10,000 rows per statement. */
export async function loadShots(db: pg.Pool, project: TrackingProject, userId: string, rows: Rows): Promise<void> {
  const client = await db.connect();
  const { orgId, projectId } = project;
  try {
    await client.query("BEGIN");
    const e = rows.entities;
    for (const [id, code, parent, fin, fout, custom] of slices<unknown>([e.id, e.code, e.parent, e.frameIn, e.frameOut, e.custom], e.id.length)) {
      await client.query(
        `INSERT INTO entities (organization_id, id, project_id, type_key, code, parent_id, frame_in, frame_out, custom, created_by, updated_by)
         SELECT $1, e.id, $2, 'shot', e.code, e.parent_id, e.frame_in, e.frame_out, e.custom, $3, $3
         FROM unnest($4::uuid[], $5::text[], $6::uuid[], $7::int[], $8::int[], $9::jsonb[]) AS e(id, code, parent_id, frame_in, frame_out, custom)`,
        [orgId, projectId, userId, id, code, parent, fin, fout, custom],
      );
    }
    const t = rows.tasks;
    for (const [id, entity, type, status, name, due, version] of slices<unknown>([t.id, t.entity, t.type, t.status, t.name, t.due, t.version], t.id.length)) {
      await client.query(
        `INSERT INTO tasks (organization_id, id, project_id, entity_id, task_type_id, status_id, name, due_date, version, created_by, updated_by)
         SELECT $1, t.id, $2, t.entity_id, t.task_type_id, t.status_id, t.name, t.due_date, t.version, $3, $3
         FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::date[], $10::int[])
           AS t(id, entity_id, task_type_id, status_id, name, due_date, version)`,
        [orgId, projectId, userId, id, entity, type, status, name, due, version],
      );
    }
    const a = rows.assignees;
    for (const [task, slot] of slices<unknown>([a.task, a.slot], a.task.length)) {
      await client.query(
        `INSERT INTO task_assignees (organization_id, task_id, slot_id)
         SELECT $1, a.task_id, a.slot_id FROM unnest($2::uuid[], $3::uuid[]) AS a(task_id, slot_id)`,
        [orgId, task, slot],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
