import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, createArtist, createStudio, type Studio } from "../../../../test/booking-factories";
import { addMember, as, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;
let person: string;
let member: TestUser;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/London");
  person = await createArtist(s, "Cal Endar", { timeZone: "America/Los_Angeles" });
  member = await signUp(t.app);
  await addMember(t.app, s.admin, s.orgId, member, "member");
});
afterAll(() => t.close());

/** Fetches a feed the way a calendar app does: no cookie, no Origin. */
const fetchFeed = (url: string) => t.app.inject({ method: "GET", url: new URL(url).pathname });

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

describe("iCal feeds", () => {
  it("serves a person's bookings and time off behind a secret URL that parses as iCalendar", async () => {
    const confirmed = await book(s, { personId: person, startDate: inDays(7), endDate: inDays(9), status: "confirmed", notes: "Grade the trailer" });
    const hold = await book(s, { personId: person, start: `${inDays(14)}T17:00:00Z`, end: `${inDays(14)}T21:00:00Z` });
    await s.call({ method: "POST", url: s.url(`/people/${person}/time-off`), body: { startDate: inDays(20), endDate: inDays(20), kind: "sick" } });
    const created = await s.call({ method: "POST", url: s.url(`/people/${person}/calendar-feed`) });
    expect(created.statusCode, created.body).toBe(201);
    const { url, tokenPrefix } = created.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendars\/blcal_[\w-]+\.ics$/);
    const res = await fetchFeed(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/calendar");
    const parsed = events(res.body);
    expect(parsed).toHaveLength(3);
    const byUid = Object.fromEntries(parsed.map((e) => [e.uid, e]));
    const whole = byUid[`${confirmed.id}@backlot`] as VEvent;
    expect(whole.datetype).toBe("date");
    expect(String(whole.summary)).toBe("Feature (P1)");
    expect(whole.status).toBe("CONFIRMED");
    expect(String(whole.description)).toBe("Grade the trailer");
    const pencil = byUid[`${hold.id}@backlot`] as VEvent;
    expect(pencil.status).toBe("TENTATIVE");
    expect(String(pencil.summary)).toBe("1st pencil: Feature (P1)");
    expect(new Date(pencil.start).toISOString()).toBe(`${inDays(14)}T17:00:00.000Z`);
    expect(parsed.map((e) => String(e.summary))).toContain("Time off (sick)");
    const state = (await s.call({ method: "GET", url: s.url(`/people/${person}/calendar-feed`) })).json();
    expect(state.feed).toMatchObject({ tokenPrefix, url: null, subject: "person", subjectId: person });
  });

  it("stops serving a revoked or rotated URL", async () => {
    const first = (await s.call({ method: "POST", url: s.url(`/people/${person}/calendar-feed`) })).json();
    const second = (await s.call({ method: "POST", url: s.url(`/people/${person}/calendar-feed`) })).json();
    expectProblem(await fetchFeed(first.url), 404, "not_found");
    expect((await fetchFeed(second.url)).statusCode).toBe(200);
    expect((await s.call({ method: "DELETE", url: s.url(`/people/${person}/calendar-feed`) })).statusCode).toBe(204);
    expectProblem(await fetchFeed(second.url), 404, "not_found");
    expect((await s.call({ method: "GET", url: s.url(`/people/${person}/calendar-feed`) })).json().feed).toBeNull();
    expectProblem(await s.call({ method: "DELETE", url: s.url(`/people/${person}/calendar-feed`) }), 404, "not_found");
    const malformed = await t.app.inject({ method: "GET", url: "/api/v1/calendars/nope.ics" });
    expectProblem(malformed, 400, "validation_failed");
  });

  it("serves a room's feed; members may manage only the feed of their own person", async () => {
    const room = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "room", name: "Theatre" } })).json();
    await book(s, { resourceId: room.id, startDate: inDays(3), endDate: inDays(3), status: "confirmed" });
    const feed = (await s.call({ method: "POST", url: s.url(`/resources/${room.id}/calendar-feed`) })).json();
    const parsed = events((await fetchFeed(feed.url)).body);
    expect(parsed.map((e) => String(e.summary))).toEqual(["Feature (P1)"]);
    const asMember = as(t.app, member);
    expectProblem(await asMember({ method: "POST", url: s.url(`/people/${person}/calendar-feed`) }), 403, "forbidden");
    const own = await createPerson(t.app, s.admin, s.orgId, { displayName: "Member Self", userId: member.id });
    const mine = await asMember({ method: "POST", url: s.url(`/people/${own.id}/calendar-feed`) });
    expect(mine.statusCode, mine.body).toBe(201);
  });
});
