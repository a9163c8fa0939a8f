/**
 * The tracking project of the grid benchmark, configured through the HTTP API exactly as a
 * coordinator would: a VFX project from its template (7 shot task types, 8 statuses, 8 role
 * slots), 3 more shot task types, 32 more role slots, a "complexity" select field on shots and
 * the 40 sequences. Only the 10,000 shots and their tasks are bulk-loaded (tracking-data.ts).
 */
import { call } from "./backlot-server";

/** The shot task types the benchmark adds to the template's 7, with their departments. */
export const extraShotTaskTypes = [
  { name: "Previs", department: "Previs", color: "#4dabf7" },
  { name: "Paint", department: "Roto/Paint", color: "#ced4da" },
  { name: "Rendering", department: "Lighting", color: "#fab005" },
];

/** Pipeline order of the 10 shot task types (statuses progress along it). */
export const pipelineOrder = ["Previs", "Matchmove", "Roto", "Paint", "Layout", "Animation", "FX", "Lighting", "Rendering", "Compositing"];

/** Artist slots added to the template's 8, by department; 32 in all, 40 with the template's. */
const extraSlots: { department: string; displayName: string; count: number; from: number }[] = [
  { department: "Tracking", displayName: "Matchmove Artist", count: 3, from: 1 },
  { department: "Roto/Paint", displayName: "Roto Artist", count: 4, from: 1 },
  { department: "Roto/Paint", displayName: "Paint Artist", count: 2, from: 1 },
  { department: "Previs", displayName: "Previs Artist", count: 2, from: 1 },
  { department: "Layout", displayName: "Layout Artist", count: 3, from: 1 },
  { department: "Animation", displayName: "Animator", count: 4, from: 2 },
  { department: "FX", displayName: "FX Artist", count: 4, from: 1 },
  { department: "Lighting", displayName: "Lighting Artist", count: 4, from: 2 },
  { department: "Compositing", displayName: "Compositor", count: 6, from: 3 },
];

export const complexityOptions = ["easy", "medium", "hard", "hero"] as const;

export type ShotTaskType = { id: string; name: string; department: string | null };
export type Status = { id: string; shortCode: string; name: string; isDefault: boolean };
export type Slot = { id: string; role: string; department: string | null; displayName: string };

/** What the API set up: the ids the generator and the scenarios need. */
export type TrackingProject = {
  orgId: string;
  projectId: string;
  taskTypes: ShotTaskType[];
  statuses: Status[];
  slots: Slot[];
  sequences: { id: string; code: string }[];
};

export const SEQUENCES = 40;
export const sequenceCode = (i: number) => `SQ${String((i + 1) * 10).padStart(3, "0")}`;

/** Creates and configures the project; `sequences` are created through the API too. */
export async function setUpTrackingProject(base: string, token: string, orgId: string, code: string, sequences = SEQUENCES): Promise<TrackingProject> {
  const auth = { authorization: `Bearer ${token}` };
  const post = async <T>(url: string, body: unknown) => (await call<T>(base, "POST", url, body, auth, 201)).json;
  const project = await post<{ id: string }>(`/api/v1/organizations/${orgId}/projects`, {
    name: `Grid benchmark ${code}`,
    code,
    kind: "vfx",
    template: "vfx",
    fps: 24,
    clientName: "Bench Pictures",
  });
  const p = `/api/v1/organizations/${orgId}/projects/${project.id}`;
  for (const [i, t] of extraShotTaskTypes.entries()) await post(`${p}/task-types`, { ...t, entityTypeKey: "shot", sortOrder: 11 + i });
  let sortOrder = 8;
  for (const s of extraSlots) {
    for (let n = s.from; n < s.from + s.count; n++) {
      await post(`${p}/slots`, { role: "Artist", department: s.department, displayName: `${s.displayName} ${n}`, sortOrder: sortOrder++ });
    }
  }
  await post(`${p}/fields`, { object: "shot", key: "complexity", label: "Complexity", fieldType: "select", options: [...complexityOptions] });
  const seqs: { id: string; code: string }[] = [];
  for (let i = 0; i < sequences; i++) {
    const seq = await post<{ id: string; code: string }>(`${p}/entities`, { typeKey: "sequence", code: sequenceCode(i), name: `Sequence ${(i + 1) * 10}` });
    seqs.push({ id: seq.id, code: seq.code });
  }
  const { json: config } = await call<{ taskTypes: (ShotTaskType & { entityTypeKey: string })[]; statuses: Status[] }>(
    base,
    "GET",
    `${p}/config`,
    undefined,
    auth,
    200,
  );
  const { json: slots } = await call<{ items: Slot[] }>(base, "GET", `${p}/slots`, undefined, auth, 200);
  const taskTypes = config.taskTypes.filter((t) => t.entityTypeKey === "shot").map(({ id, name, department }) => ({ id, name, department }));
  if (taskTypes.length !== 10) throw new Error(`expected 10 shot task types, found ${taskTypes.length}`);
  if (slots.items.length !== 40) throw new Error(`expected 40 role slots, found ${slots.items.length}`);
  return { orgId, projectId: project.id, taskTypes, statuses: config.statuses, slots: slots.items, sequences: seqs };
}
