import { describe, expect, it } from "vitest";
import { as, expectProblem } from "../../../../test/factories";
import { organizationFixture } from "../../../../test/org-fixture";
import { createEntity, createProject, gridTask } from "../../../../test/tracking-factories";

const f = organizationFixture();

describe("project timeline: progress from tasks", () => {
  it("a phase following a task type shows the share of its tasks approved, and refuses a hand-set progress", async () => {
    const { t, admin, orgId } = f;
    const call = as(t.app, admin);
    const p = await createProject(t.app, admin, orgId);
    const other = await createProject(t.app, admin, orgId, { name: "Other show" });
    const comp = p.taskType("Compositing");
    for (const code of ["SH010", "SH020", "SH030", "SH040"]) await createEntity(t.app, admin, p.base, { typeKey: "shot", code });
    const timeline = `${p.base}/timeline`;

    const created = await call({
      method: "POST",
      url: `${timeline}/phases`,
      body: { name: "Comp", startDate: "2026-05-04", endDate: "2026-06-26", taskTypeId: comp },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ taskTypeId: comp, progress: 0, tasks: { approved: 0, total: 4 } });

    // Three of the four comp tasks approved (one of them after a retake): 75%.
    for (const code of ["SH010", "SH020", "SH030"]) {
      const task = await gridTask(t.app, admin, p.base, code, comp);
      const res = await call({ method: "PATCH", url: `${p.base}/tasks/${task.id}`, body: { version: task.version, statusId: p.status("apr") } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const retake = await gridTask(t.app, admin, p.base, "SH030", comp);
    await call({ method: "PATCH", url: `${p.base}/tasks/${retake.id}`, body: { version: retake.version, statusId: p.status("rtk") } });
    const phases = async () =>
      (await call({ method: "GET", url: timeline })).json().phases as { id: string; progress: number; tasks: unknown; version: number }[];
    expect((await phases())[0]).toMatchObject({ progress: 50, tasks: { approved: 2, total: 4 } });

    const phase = created.json();
    const handSet = await call({ method: "PATCH", url: `${timeline}/phases/${phase.id}`, body: { version: phase.version, progress: 90 } });
    expectProblem(handSet, 400, "validation_failed");
    expect(handSet.json().errors[0].path).toBe("body.progress");
    // A task type of another project is not this phase's to follow.
    const foreign = await call({
      method: "PATCH",
      url: `${timeline}/phases/${phase.id}`,
      body: { version: phase.version, taskTypeId: other.taskType("Compositing") },
    });
    expectProblem(foreign, 400, "validation_failed");
    expect(foreign.json().errors[0].path).toBe("body.taskTypeId");

    // Stop following: progress is by hand again.
    const manual = await call({ method: "PATCH", url: `${timeline}/phases/${phase.id}`, body: { version: phase.version, taskTypeId: null, progress: 40 } });
    expect(manual.statusCode, manual.body).toBe(200);
    expect(manual.json().phase).toMatchObject({ taskTypeId: null, progress: 40, tasks: null });
    expect((await phases())[0]).toMatchObject({ progress: 40, tasks: null });
  });
});
