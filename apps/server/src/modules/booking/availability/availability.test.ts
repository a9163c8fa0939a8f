import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, createArtist, createStudio, type Studio } from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;
const ids: Record<string, string> = {};

/** Seven compositors with different Nuke levels, rates and weeks; the window is 2–13 March 2026. */
beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/London");
  const comp = (name: string, level: number, dayRate: number | undefined, extra: Record<string, unknown> = {}) =>
    createArtist(s, name, {
      department: "Compositing",
      dayRate,
      currency: "GBP",
      skills: [
        { name: "Nuke", level },
        { name: "Compositing", level: 4 },
      ],
      ...extra,
    });
  ids.ada = await comp("Ada Ace", 5, 600);
  ids.bo = await comp("Bo Budget", 3, 400);
  ids.cy = await comp("Cy Junior", 2, 250);
  ids.dee = await comp("Dee Busy", 4, 500);
  ids.eve = await comp("Eve Away", 4, 500);
  ids.fay = await comp("Fay Pencilled", 4, 450);
  ids.gus = await comp("Gus NoRate", 4, undefined);
  ids.lighter = await createArtist(s, "Lia Lighter", { department: "Lighting", skills: [{ name: "Nuke", level: 5 }] });
  await book(s, { personId: ids.dee, startDate: "2026-03-05", endDate: "2026-03-06", status: "confirmed" });
  await s.call({ method: "POST", url: s.url(`/people/${ids.eve}/time-off`), body: { startDate: "2026-03-12", endDate: "2026-03-13" } });
  await book(s, { personId: ids.fay, startDate: "2026-03-02", endDate: "2026-03-04" });
  await s.call({ method: "POST", url: s.url("/holidays"), body: { date: "2026-03-09", name: "Studio day" } });
});
afterAll(() => t.close());

const search = (query: string) => s.call({ method: "GET", url: s.url(`/availability?${query}`) });

describe("availability search", () => {
  it("finds compositors with Nuke ≥ 3 free for the two weeks, best match first, then the cheaper", async () => {
    const res = await search("skills=Nuke:3&from=2026-03-02&to=2026-03-16&department=Compositing");
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((c: { displayName: string }) => c.displayName)).toEqual(["Ada Ace", "Fay Pencilled", "Gus NoRate", "Bo Budget"]);
    const ada = items[0];
    // Ten weekdays minus the studio holiday; cost is the day rate over those days.
    expect(ada).toMatchObject({ matchScore: 1, workingDays: 9, estimatedCost: 5400, dayRate: 600, currency: "GBP", free: true, conflicts: [] });
    expect(items[1]).toMatchObject({ matchScore: 0.8, estimatedCost: 4050, holds: [expect.objectContaining({ holdRank: 1 })] });
    expect(items[2]).toMatchObject({ matchScore: 0.8, estimatedCost: null });
    expect(items[3]).toMatchObject({ matchScore: 0.6, estimatedCost: 3600 });
  });

  it("lists busy people with what is in the way when asked", async () => {
    const items = (await search("skills=nuke:4&from=2026-03-02&to=2026-03-16&includeBusy=true&department=Compositing")).json().items;
    const byName = Object.fromEntries(items.map((c: { displayName: string }) => [c.displayName, c]));
    expect(Object.keys(byName).sort()).toEqual(["Ada Ace", "Dee Busy", "Eve Away", "Fay Pencilled", "Gus NoRate"]);
    expect(byName["Dee Busy"]).toMatchObject({ free: false, conflicts: [expect.objectContaining({ kind: "booking", status: "confirmed" })] });
    expect(byName["Eve Away"]).toMatchObject({ free: false, conflicts: [expect.objectContaining({ kind: "time_off" })] });
  });

  it("requires every skill, ignores other departments when filtered, and checks the window", async () => {
    const both = (await search("skills=Nuke:5,Compositing:4&from=2026-03-02&to=2026-03-16")).json().items;
    expect(both.map((c: { displayName: string }) => c.displayName)).toEqual(["Ada Ace"]);
    const anyone = (await search("skills=Nuke:5&from=2026-03-02&to=2026-03-16")).json().items;
    expect(anyone.map((c: { displayName: string }) => c.displayName).sort()).toEqual(["Ada Ace", "Lia Lighter"]);
    const reversed = await search("from=2026-03-16&to=2026-03-02");
    expectProblem(reversed, 400, "validation_failed");
    expect(reversed.json().errors[0].path).toBe("query.to");
    const badSkill = await search("skills=Nuke:9&from=2026-03-02&to=2026-03-16");
    expectProblem(badSkill, 400, "validation_failed");
    expect(badSkill.json().errors[0].path).toBe("query.skills");
  });
});

describe("staffing requirements", () => {
  it("shows how far a requirement is filled and candidates for the rest", async () => {
    const created = await s.call({
      method: "POST",
      url: s.url(`/projects/${s.projectId}/staffing`),
      body: {
        role: "Compositor",
        department: "Compositing",
        skills: [{ name: "Nuke", minLevel: 3 }],
        startDate: "2026-03-02",
        endDate: "2026-03-13",
        count: 2,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const requirement = created.json();
    let list = (await s.call({ method: "GET", url: s.url(`/projects/${s.projectId}/staffing?candidates=3`) })).json().items;
    expect(list[0]).toMatchObject({ id: requirement.id, filled: 0 });
    expect(list[0].candidates.map((c: { displayName: string }) => c.displayName)).toEqual(["Ada Ace", "Fay Pencilled", "Gus NoRate"]);
    await book(s, { personId: ids.ada, requirementId: requirement.id, startDate: "2026-03-02", endDate: "2026-03-13" });
    list = (await s.call({ method: "GET", url: s.url(`/projects/${s.projectId}/staffing?candidates=3`) })).json().items;
    expect(list[0].filled).toBe(1);
    expect(list[0].candidates.map((c: { displayName: string }) => c.displayName)).toEqual(["Fay Pencilled", "Gus NoRate", "Bo Budget"]);
    const edited = await s.call({ method: "PATCH", url: s.url(`/projects/${s.projectId}/staffing/${requirement.id}`), body: { version: 1, count: 1 } });
    // Fields left out of a PATCH keep their values (skills were once reset to their default).
    expect(edited.json()).toMatchObject({ count: 1, version: 2, filled: 1, skills: [{ name: "Nuke", minLevel: 3 }] });
    list = (await s.call({ method: "GET", url: s.url(`/projects/${s.projectId}/staffing`) })).json().items;
    expect(list[0].candidates).toEqual([]);
    const badDates = await s.call({
      method: "PATCH",
      url: s.url(`/projects/${s.projectId}/staffing/${requirement.id}`),
      body: { version: 2, endDate: "2026-01-01" },
    });
    expectProblem(badDates, 400, "validation_failed");
    expect((await s.call({ method: "DELETE", url: s.url(`/projects/${s.projectId}/staffing/${requirement.id}`) })).statusCode).toBe(204);
  });
});
