import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, createStudio, type Studio } from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app);
});
afterAll(() => t.close());

type PhaseJson = { id: string; name: string; startDate: string; endDate: string; version: number };

/** A fresh project with phases A → B → C (B waits 2 days after A) and D, which waits for nothing. */
async function chain() {
  const projectId = await createProject(t.app, s.admin, s.orgId, "Cascade");
  const base = s.url(`/projects/${projectId}/timeline`);
  const post = async (path: string, body: unknown) => {
    const res = await s.call({ method: "POST", url: `${base}${path}`, body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const a: PhaseJson = await post("/phases", { name: "Layout", startDate: "2026-03-02", endDate: "2026-03-06" });
  const b: PhaseJson = await post("/phases", { name: "Animation", startDate: "2026-03-11", endDate: "2026-03-20" });
  const c: PhaseJson = await post("/phases", { name: "Lighting", startDate: "2026-03-23", endDate: "2026-03-27" });
  const d: PhaseJson = await post("/phases", { name: "Edit", startDate: "2026-03-02", endDate: "2026-03-27" });
  await post("/dependencies", { predecessorId: a.id, successorId: b.id, lagDays: 2 });
  await post("/dependencies", { predecessorId: b.id, successorId: c.id });
  const move = (phase: PhaseJson, body: Record<string, unknown>) =>
    s.call({ method: "PATCH", url: `${base}/phases/${phase.id}`, body: { version: phase.version, ...body } });
  const dates = async () => {
    const { phases } = (await s.call({ method: "GET", url: base })).json();
    return Object.fromEntries(phases.map((p: PhaseJson) => [p.name, [p.startDate, p.endDate]]));
  };
  return { base, post, a, b, c, d, move, dates };
}

describe("project timeline: dependencies and moving phases", () => {
  it('"move" shifts dependents transitively, keeping their length, in one save', async () => {
    const { a, move, dates } = await chain();
    // Layout now ends on the 13th: Animation may start on the 16th (13 + 1 + 2 days lag).
    const res = await move(a, { startDate: "2026-03-09", endDate: "2026-03-13", cascade: "move" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.phase).toMatchObject({ startDate: "2026-03-09", endDate: "2026-03-13", version: 2 });
    expect(body.moved.map((p: PhaseJson) => [p.name, p.startDate, p.endDate, p.version])).toEqual([
      ["Animation", "2026-03-16", "2026-03-25", 2],
      ["Lighting", "2026-03-26", "2026-03-30", 2],
    ]);
    expect(body.warnings).toEqual([]);
    expect(await dates()).toEqual({
      Layout: ["2026-03-09", "2026-03-13"],
      Animation: ["2026-03-16", "2026-03-25"],
      Lighting: ["2026-03-26", "2026-03-30"],
      Edit: ["2026-03-02", "2026-03-27"],
    });
  });

  it("milestones keep their distance to the end of their phase when it (or a phase it follows) moves", async () => {
    const { a, c, post, move, base } = await chain();
    const handover = await post("/milestones", { name: "Layout handover", date: "2026-03-06", phaseId: a.id });
    const delivery = await post("/milestones", { name: "Lighting delivery", date: "2026-03-30", phaseId: c.id });
    const loose = await post("/milestones", { name: "Trailer", date: "2026-03-16" });
    // Layout grows by a week: its handover follows its end. Animation then starts 5 days later
    // (two days of lag) and Lighting 3 days later (it had slack): its delivery moves 3 days too.
    const res = await move(a, { endDate: "2026-03-13", cascade: "move" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().milestones.map((m: { name: string; date: string; version: number }) => [m.name, m.date, m.version])).toEqual(
      expect.arrayContaining([
        ["Layout handover", "2026-03-13", 2],
        ["Lighting delivery", "2026-04-02", 2],
      ]),
    );
    const { milestones } = (await s.call({ method: "GET", url: base })).json();
    const dateOf = (id: string) => milestones.find((m: { id: string }) => m.id === id)?.date;
    expect([dateOf(handover.id), dateOf(delivery.id), dateOf(loose.id)]).toEqual(["2026-03-13", "2026-04-02", "2026-03-16"]);
    // The moved milestones are in the history like any edit.
    const history = await s.call({ method: "GET", url: s.url(`/audit/timeline_milestone/${handover.id}`) });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items[0].changes).toEqual([{ field: "date", old: "2026-03-06", new: "2026-03-13" }]);
  });

  it('"move" leaves dependents that are still far enough out, and never pulls them earlier', async () => {
    const { a, move, dates } = await chain();
    const later = await move(a, { endDate: "2026-03-07", cascade: "move" });
    expect(later.json().moved).toEqual([]);
    const earlier = await move({ ...a, version: 2 }, { startDate: "2026-02-23", endDate: "2026-02-27", cascade: "move" });
    expect(earlier.json()).toMatchObject({ moved: [], warnings: [] });
    expect((await dates()).Animation).toEqual(["2026-03-11", "2026-03-20"]);
  });

  it('"warn" saves only the phase and lists the links it breaks', async () => {
    const { a, move, dates } = await chain();
    const res = await move(a, { startDate: "2026-03-09", endDate: "2026-03-13", cascade: "warn" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.moved).toEqual([]);
    expect(body.warnings).toEqual([
      expect.objectContaining({
        predecessorName: "Layout",
        successorName: "Animation",
        earliestStart: "2026-03-16",
        startDate: "2026-03-11",
        message: expect.stringContaining("Animation starts 2026-03-11, before Layout is finished"),
      }),
    ]);
    expect(await dates()).toMatchObject({ Layout: ["2026-03-09", "2026-03-13"], Animation: ["2026-03-11", "2026-03-20"] });
    // Asking for "move" afterwards, without new dates, repairs what the warning listed.
    const repair = await move({ ...a, version: 2 }, { cascade: "move" });
    expect(repair.json()).toMatchObject({ phase: { version: 2 }, warnings: [] });
    expect(repair.json().moved.map((p: PhaseJson) => p.name)).toEqual(["Animation", "Lighting"]);
  });

  it("warns when a phase is moved before its own predecessor ends, whatever the mode", async () => {
    const { c, move } = await chain();
    const res = await move(c, { startDate: "2026-03-16", endDate: "2026-03-20", cascade: "move" });
    expect(res.json().warnings.map((w: { predecessorName: string; successorName: string }) => `${w.predecessorName} → ${w.successorName}`)).toEqual([
      "Animation → Lighting",
    ]);
  });

  it("refuses a link that would close a cycle with 409 dependency_cycle, and a duplicate link with 409", async () => {
    const { a, b, c, d, post, base } = await chain();
    const cycle = await s.call({ method: "POST", url: `${base}/dependencies`, body: { predecessorId: c.id, successorId: a.id } });
    expectProblem(cycle, 409, "dependency_cycle");
    expect(cycle.json().detail).toBe("Lighting already waits for Layout; this link would make a cycle");
    expect(cycle.json().errors).toEqual([{ path: "body.predecessorId", message: "This link would make a cycle" }]);
    expectProblem(await s.call({ method: "POST", url: `${base}/dependencies`, body: { predecessorId: a.id, successorId: a.id } }), 409, "dependency_cycle");
    expectProblem(await s.call({ method: "POST", url: `${base}/dependencies`, body: { predecessorId: a.id, successorId: b.id } }), 409, "conflict");
    // A link to an unrelated phase is fine; removing it works once, then it is gone.
    const link = await post("/dependencies", { predecessorId: d.id, successorId: c.id });
    expect((await s.call({ method: "DELETE", url: `${base}/dependencies/${link.id}` })).statusCode).toBe(204);
    expectProblem(await s.call({ method: "DELETE", url: `${base}/dependencies/${link.id}` }), 404, "not_found");
    const { dependencies } = (await s.call({ method: "GET", url: base })).json();
    expect(dependencies.map((l: { lagDays: number }) => l.lagDays)).toEqual([2, 0]);
  });

  it("rolls the whole cascade back when the moved phase's version is stale", async () => {
    const { a, move, dates } = await chain();
    expectProblem(await move({ ...a, version: 7 }, { startDate: "2026-03-09", endDate: "2026-03-13", cascade: "move" }), 409, "version_conflict");
    expect((await dates()).Animation).toEqual(["2026-03-11", "2026-03-20"]);
  });
});
