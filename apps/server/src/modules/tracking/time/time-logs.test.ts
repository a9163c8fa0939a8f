import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { weekStartOf } from "./timesheet";

let t: TestApp;
let coordinator: TestUser;
let artist: TestUser;
let unlinked: TestUser;
let outsider: TestUser;
let orgId: string;
let artistPerson: string;
let otherPerson: string;
let taskA: string;
let taskB: string;

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, artist, unlinked, outsider] = [await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, coordinator)).id;
  await addMember(t.app, coordinator, orgId, artist, "member");
  await addMember(t.app, coordinator, orgId, unlinked, "member");
  artistPerson = (await createPerson(t.app, coordinator, orgId, { displayName: "Mia Artist", userId: artist.id })).id;
  otherPerson = (await createPerson(t.app, coordinator, orgId, { displayName: "Freelancer" })).id;
  const setup = await createVfxProject(t.app, coordinator, orgId, "TL");
  taskA = (await createShotTask(t.app, coordinator, orgId, setup, "SH010")).taskId;
  taskB = (await createShotTask(t.app, coordinator, orgId, setup, "SH020")).taskId;
});
afterAll(() => t.close());

const o = (p: string) => `/api/v1/organizations/${orgId}${p}`;
const log = (user: TestUser, body: Record<string, unknown>) => as(t.app, user)({ method: "POST", url: o("/time-logs"), body });

describe("time logs and timesheets", () => {
  it("logs my own time by default, with the task, shot and project it was on", async () => {
    const res = await log(artist, { taskId: taskA, day: "2026-03-02", minutes: 240, note: "Roto cleanup" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      personId: artistPerson,
      personName: "Mia Artist",
      taskId: taskA,
      entityCode: "SH010",
      projectCode: "TL",
      minutes: 240,
      day: "2026-03-02",
    });
  });

  it("never lets a day go over 24 hours, even when logged in parallel", async () => {
    const day = "2026-03-10";
    const results = await Promise.all(Array.from({ length: 5 }, () => log(artist, { taskId: taskB, day, minutes: 400 })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 400, 400]);
    const refused = results.find((r) => r.statusCode === 400);
    expect(refused?.json().errors[0]).toEqual({ path: "body.minutes", message: `That makes more than 24 hours on ${day}: 1200 minutes are already logged` });
  });

  it("keeps artists to their own time; coordinators log and see anyone's", async () => {
    expectProblem(await log(artist, { taskId: taskA, personId: otherPerson, day: "2026-03-02", minutes: 60 }), 403, "forbidden");
    expect((await log(coordinator, { taskId: taskA, personId: otherPerson, day: "2026-03-02", minutes: 60 })).statusCode).toBe(201);
    const mine = (await as(t.app, artist)({ method: "GET", url: o("/time-logs") })).json();
    expect(mine.items.every((l: { personId: string }) => l.personId === artistPerson)).toBe(true);
    expectProblem(await as(t.app, artist)({ method: "GET", url: o(`/time-logs?personId=${otherPerson}`) }), 403, "forbidden");
    const all = (await as(t.app, coordinator)({ method: "GET", url: o("/time-logs?from=2026-03-02&to=2026-03-02") })).json();
    expect(all.items.map((l: { personName: string }) => l.personName).sort()).toEqual(["Freelancer", "Mia Artist"]);
    expect((await as(t.app, unlinked)({ method: "GET", url: o("/time-logs") })).json()).toEqual({ items: [], nextCursor: null });
    const noPerson = await log(unlinked, { taskId: taskA, day: "2026-03-02", minutes: 30 });
    expect(noPerson.json().errors[0].path).toBe("body.personId");
  });

  it("validates input and references with field paths", async () => {
    const bad = await log(artist, { taskId: "x", day: "2026-02-30", minutes: 0 });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.day", "body.minutes", "body.taskId"]);
    const unknownTask = await log(artist, { taskId: artistPerson, day: "2026-03-02", minutes: 5 });
    expect(unknownTask.json().errors).toEqual([{ path: "body.taskId", message: "No task in this organization has this id" }]);
  });

  it("corrects (versioned) and deletes my entries", async () => {
    const entry = (await log(artist, { taskId: taskA, day: "2026-03-03", minutes: 30 })).json();
    const fixed = await as(t.app, artist)({ method: "PATCH", url: o(`/time-logs/${entry.id}`), body: { version: 1, minutes: 45, note: "Was longer" } });
    expect(fixed.json()).toMatchObject({ minutes: 45, note: "Was longer", version: 2 });
    expectProblem(await as(t.app, artist)({ method: "PATCH", url: o(`/time-logs/${entry.id}`), body: { version: 1, minutes: 50 } }), 409, "version_conflict");
    const theirs = (await log(coordinator, { taskId: taskA, personId: otherPerson, day: "2026-03-03", minutes: 30 })).json();
    expectProblem(await as(t.app, artist)({ method: "DELETE", url: o(`/time-logs/${theirs.id}`) }), 403, "forbidden");
    expect((await as(t.app, artist)({ method: "DELETE", url: o(`/time-logs/${entry.id}`) })).statusCode).toBe(204);
    expectProblem(await as(t.app, artist)({ method: "DELETE", url: o(`/time-logs/${entry.id}`) }), 404, "not_found");
  });

  it("builds a weekly timesheet from the organization's week start", async () => {
    await log(artist, { taskId: taskA, day: "2026-03-04", minutes: 120 });
    await log(artist, { taskId: taskA, day: "2026-03-08", minutes: 60 });
    const sheet = (await as(t.app, artist)({ method: "GET", url: o("/timesheet?week=2026-03-05") })).json();
    expect(sheet.weekStart).toBe("2026-03-02");
    expect(sheet.days).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
    expect(sheet.rows.map((r: { entityCode: string; minutes: number[]; total: number }) => [r.entityCode, r.minutes, r.total])).toEqual([
      ["SH010", [240, 0, 120, 0, 0, 0, 60], 420],
    ]);
    expect([sheet.dayTotals, sheet.total]).toEqual([[240, 0, 120, 0, 0, 0, 60], 420]);
    expect(weekStartOf("2026-03-05", "sunday")).toBe("2026-03-01");
    expect(weekStartOf("2026-03-05", "saturday")).toBe("2026-02-28");
    expect(weekStartOf("2026-03-02", "monday")).toBe("2026-03-02");
    expectProblem(await as(t.app, artist)({ method: "GET", url: o(`/timesheet?personId=${otherPerson}`) }), 403, "forbidden");
    expect((await as(t.app, coordinator)({ method: "GET", url: o(`/timesheet?personId=${otherPerson}&week=2026-03-02`) })).json().total).toBe(90);
    expectProblem(await as(t.app, artist)({ method: "GET", url: o("/timesheet?week=March") }), 400, "validation_failed");
  });

  it("answers 401 without credentials and 404 to another organization", async () => {
    expectProblem(await as(t.app, null)({ method: "GET", url: o("/timesheet") }), 401, "unauthenticated");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: o("/time-logs") }), 404, "not_found");
    expectProblem(await log(outsider, { taskId: taskA, day: "2026-03-02", minutes: 5 }), 404, "not_found");
  });
});
