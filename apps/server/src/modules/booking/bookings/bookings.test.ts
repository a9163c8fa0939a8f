import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, confirm, createArtist, createProject, createStudio, eventTypesOf, getBooking, release, type Studio } from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/London");
});
afterAll(() => t.close());

describe("whole days and time zones", () => {
  it("books whole days from midnight to midnight in the person's own time zone", async () => {
    const la = await createArtist(s, "Lena LA", { timeZone: "America/Los_Angeles", dayRate: 650, currency: "USD" });
    const london = await createArtist(s, "Leo London");
    // March 9 2026 is the first day of US daylight time; London is still on GMT.
    const a = await book(s, { personId: la, startDate: "2026-03-06", endDate: "2026-03-09" });
    expect([a.start, a.end]).toEqual(["2026-03-06T08:00:00.000Z", "2026-03-10T07:00:00.000Z"]);
    const b = await book(s, { personId: london, startDate: "2026-03-06", endDate: "2026-03-09" });
    expect([b.start, b.end]).toEqual(["2026-03-06T00:00:00.000Z", "2026-03-10T00:00:00.000Z"]);
    const full = await getBooking(s, a.id);
    expect(full).toMatchObject({ allDay: true, startDate: "2026-03-06", endDate: "2026-03-09", rate: 650, currency: "USD", rateUnit: "day", holdRank: 1 });
  });

  it("takes absolute instants as given and refuses half-given or reversed ranges naming the field", async () => {
    const p = await createArtist(s, "Ida Instant");
    const ok = await book(s, { personId: p, start: "2026-04-01T09:30:00+02:00", end: "2026-04-01T13:00:00+02:00" });
    expect([ok.start, ok.end]).toEqual(["2026-04-01T07:30:00.000Z", "2026-04-01T11:00:00.000Z"]);
    const reversed = await s.call({
      method: "POST",
      url: s.url("/bookings"),
      body: { projectId: s.projectId, personId: p, start: "2026-04-02T10:00:00Z", end: "2026-04-02T09:00:00Z" },
    });
    expectProblem(reversed, 400, "validation_failed");
    expect(reversed.json().errors[0].path).toBe("body.end");
    const mixed = await s.call({
      method: "POST",
      url: s.url("/bookings"),
      body: { projectId: s.projectId, personId: p, start: "2026-04-02T10:00:00Z", endDate: "2026-04-03" },
    });
    expectProblem(mixed, 400, "validation_failed");
    const stranger = await s.call({
      method: "POST",
      url: s.url("/bookings"),
      body: { projectId: s.projectId, personId: crypto.randomUUID(), startDate: "2026-04-02", endDate: "2026-04-02" },
    });
    expectProblem(stranger, 400, "validation_failed");
    expect(stranger.json().errors[0].path).toBe("body.personId");
  });
});

describe("confirmed bookings never overlap", () => {
  it("answers 409 naming the confirmed booking in the way, and keeps holds overlapping", async () => {
    const p = await createArtist(s, "Cora Confirm");
    const first = await book(s, { personId: p, startDate: "2026-05-04", endDate: "2026-05-08", status: "confirmed" });
    expect(first.status).toBe("confirmed");
    const hold = await book(s, { personId: p, startDate: "2026-05-06", endDate: "2026-05-08" });
    expect(hold.status).toBe("hold");
    const res = await confirm(s, hold);
    expectProblem(res, 409, "booking_conflict");
    expect(res.json().conflicts).toEqual([expect.objectContaining({ kind: "booking", id: first.id, status: "confirmed" })]);
    expect(res.json().detail).toContain(first.id);
    // Back to back is fine: ranges are half-open.
    const next = await book(s, { personId: p, startDate: "2026-05-09", endDate: "2026-05-10", status: "confirmed" });
    expect(next.status).toBe("confirmed");
  });

  it("refuses a raw SQL insert that bypasses the service (exclusion constraint)", async () => {
    const p = await createArtist(s, "Rita Raw");
    const first = await book(s, { personId: p, start: "2026-06-01T09:00:00Z", end: "2026-06-01T17:00:00Z", status: "confirmed" });
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const insert = (id: string, start: string, end: string) =>
        client.query(
          `INSERT INTO bookings (organization_id, id, project_id, person_id, starts_at, ends_at, status)
           VALUES ($1, $2, $3, $4, $5, $6, 'confirmed')`,
          [s.orgId, id, s.projectId, p, start, end],
        );
      const refused = await insert(crypto.randomUUID(), "2026-06-01T16:00:00Z", "2026-06-01T18:00:00Z").catch((e: { code: string; constraint: string }) => e);
      expect(refused).toMatchObject({ code: "23P01", constraint: "bookings_no_overlap" });
      // The same raw insert outside the confirmed range goes in, so the refusal was about the overlap.
      await insert(crypto.randomUUID(), "2026-06-01T17:00:00Z", "2026-06-01T18:00:00Z");
    } finally {
      await client.end();
    }
    expect((await getBooking(s, first.id)).status).toBe("confirmed");
  });

  it("lets exactly one of 50 simultaneous confirmations of overlapping holds win; the others get 409 naming it", async () => {
    const p = await createArtist(s, "Fifty Ways");
    const projects = [s.projectId];
    const holds = [];
    for (let i = 0; i < 50; i++) {
      // Every production thinks it has the 1st pencil; their days overlap pairwise.
      holds.push(
        await book(s, {
          projectId: projects[0],
          personId: p,
          startDate: "2026-07-06",
          endDate: `2026-07-${String(7 + (i % 10)).padStart(2, "0")}`,
          holdRank: 1,
        }),
      );
    }
    const answers = await Promise.all(holds.map((h) => confirm(s, h)));
    const won = answers.filter((r) => r.statusCode === 200);
    expect(won).toHaveLength(1);
    const winner = won[0]?.json().booking.id;
    expect(holds.map((h) => h.id)).toContain(winner);
    for (const r of answers.filter((a) => a.statusCode !== 200)) {
      expectProblem(r, 409, "booking_conflict");
      expect(r.json().conflicts.map((c: { id: string }) => c.id)).toEqual([winner]);
    }
    const list = await s.call({ method: "GET", url: s.url(`/bookings?personId=${p}&status=confirmed`) });
    expect(list.json().items.map((b: { id: string }) => b.id)).toEqual([winner]);
  });
});

describe("time off", () => {
  it("blocks confirmation (409 naming it) but not holds; removing it unblocks", async () => {
    const p = await createArtist(s, "Tess Timeoff");
    const off = await s.call({
      method: "POST",
      url: s.url(`/people/${p}/time-off`),
      body: { startDate: "2026-08-10", endDate: "2026-08-14", kind: "vacation" },
    });
    expect(off.statusCode, off.body).toBe(201);
    const direct = await s.call({
      method: "POST",
      url: s.url("/bookings"),
      body: { projectId: s.projectId, personId: p, startDate: "2026-08-14", endDate: "2026-08-17", status: "confirmed" },
    });
    expectProblem(direct, 409, "booking_conflict");
    expect(direct.json().conflicts).toEqual([expect.objectContaining({ kind: "time_off", id: off.json().id, status: "vacation" })]);
    const hold = await book(s, { personId: p, startDate: "2026-08-14", endDate: "2026-08-17" });
    expectProblem(await confirm(s, hold), 409, "booking_conflict");
    const removed = await s.call({ method: "DELETE", url: s.url(`/people/${p}/time-off/${off.json().id}`) });
    expect(removed.statusCode).toBe(204);
    expect((await confirm(s, hold)).statusCode).toBe(200);
  });
});

describe("composite and recurring bookings", () => {
  it("books several resources all or nothing", async () => {
    const dp = await createArtist(s, "Dee Pee");
    const room = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "room", name: "Stage A", studioName: "North" } })).json();
    const camera = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "equipment", name: "Alexa 35" } })).json();
    const window = { start: "2026-09-01T08:00:00Z", end: "2026-09-01T18:00:00Z", status: "confirmed" };
    const blocker = await book(s, { resourceId: camera.id, ...window, start: "2026-09-01T16:00:00Z", end: "2026-09-01T20:00:00Z" });
    const refused = await s.call({
      method: "POST",
      url: s.url("/bookings/composite"),
      body: { projectId: s.projectId, ...window, items: [{ personId: dp }, { resourceId: room.id }, { resourceId: camera.id }] },
    });
    expectProblem(refused, 409, "booking_conflict");
    expect(refused.json().conflicts.map((c: { id: string }) => c.id)).toEqual([blocker.id]);
    const none = await s.call({ method: "GET", url: s.url(`/bookings?resourceId=${room.id}&status=all`) });
    expect(none.json().items).toEqual([]);
    const ok = await s.call({
      method: "POST",
      url: s.url("/bookings/composite"),
      body: { projectId: s.projectId, ...window, end: "2026-09-01T16:00:00Z", items: [{ personId: dp }, { resourceId: room.id }, { resourceId: camera.id }] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const items = ok.json().items;
    expect(items.map((b: { personId: string | null; resourceId: string | null }) => b.personId ?? b.resourceId)).toEqual([dp, room.id, camera.id]);
    expect(new Set(items.map((b: { groupId: string }) => b.groupId)).size).toBe(1);
    expect(items.every((b: { status: string }) => b.status === "confirmed")).toBe(true);
  });

  it("books a weekly series at the same local time across a DST change, skipping conflicts when asked", async () => {
    const p = await createArtist(s, "Wanda Weekly", { timeZone: "Europe/London" });
    // Tuesdays 10:00–12:00 London time from 17 March 2026 (GMT) into April (BST).
    const blocker = await book(s, { personId: p, start: "2026-03-31T09:00:00Z", end: "2026-03-31T10:30:00Z", status: "confirmed" });
    const body = {
      projectId: s.projectId,
      personId: p,
      start: "2026-03-17T10:00:00Z",
      end: "2026-03-17T12:00:00Z",
      status: "confirmed",
      recurrence: { frequency: "weekly", count: 4 },
    };
    const strict = await s.call({ method: "POST", url: s.url("/bookings/recurring"), body });
    expectProblem(strict, 409, "booking_conflict");
    expect(strict.json().conflicts.map((c: { id: string }) => c.id)).toEqual([blocker.id]);
    const res = await s.call({ method: "POST", url: s.url("/bookings/recurring"), body: { ...body, skipConflicts: true } });
    expect(res.statusCode, res.body).toBe(201);
    const { items, skipped } = res.json();
    expect(items.map((b: { start: string }) => b.start)).toEqual(["2026-03-17T10:00:00.000Z", "2026-03-24T10:00:00.000Z", "2026-04-07T09:00:00.000Z"]);
    expect(skipped).toEqual([expect.objectContaining({ start: "2026-03-31T09:00:00.000Z", conflicts: [expect.objectContaining({ id: blocker.id })] })]);
  });
});

describe("edits and history", () => {
  it("records created, moved, resized, reassigned, confirmed and released with the actor", async () => {
    const a = await createArtist(s, "Hal History");
    const b = await createArtist(s, "Hank History");
    let booking = await book(s, { personId: a, startDate: "2026-10-05", endDate: "2026-10-06" });
    const patch = async (body: Record<string, unknown>) => {
      const res = await s.call({ method: "PATCH", url: s.url(`/bookings/${booking.id}`), body: { version: booking.version, ...body } });
      expect(res.statusCode, res.body).toBe(200);
      booking = res.json();
    };
    await patch({ notes: "Needs a Nuke licence" });
    await patch({ startDate: "2026-10-07", endDate: "2026-10-08" });
    await patch({ startDate: "2026-10-07", endDate: "2026-10-09" });
    await patch({ personId: b });
    expect(booking).toMatchObject({ notes: "Needs a Nuke licence", personId: b, startDate: "2026-10-07", endDate: "2026-10-09" });
    const confirmed = await confirm(s, booking);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    booking = confirmed.json().booking;
    const released = await s.call({ method: "POST", url: s.url(`/bookings/${booking.id}/release`), body: { version: booking.version } });
    expect(released.json().status).toBe("released");
    expect(await eventTypesOf(s, booking.id)).toEqual(["created", "updated", "moved", "resized", "reassigned", "confirmed", "released"]);
    const events = (await s.call({ method: "GET", url: s.url(`/bookings/${booking.id}/events`) })).json().items;
    expect(events.every((e: { actorId: string; actorName: string }) => e.actorId === s.admin.id && e.actorName === s.admin.name)).toBe(true);
    const stale = await s.call({ method: "PATCH", url: s.url(`/bookings/${booking.id}`), body: { version: 1, notes: "late" } });
    expectProblem(stale, 409, "version_conflict");
  });

  it("keeps whole days when a booking is handed to someone in another time zone", async () => {
    const london = await createArtist(s, "Lou London");
    const la = await createArtist(s, "Lars LA", { timeZone: "America/Los_Angeles" });
    const booking = await book(s, { personId: london, startDate: "2026-10-19", endDate: "2026-10-20" });
    const res = await s.call({ method: "PATCH", url: s.url(`/bookings/${booking.id}`), body: { version: booking.version, personId: la } });
    expect(res.json()).toMatchObject({
      personId: la,
      startDate: "2026-10-19",
      endDate: "2026-10-20",
      start: "2026-10-19T07:00:00.000Z",
      end: "2026-10-21T07:00:00.000Z",
    });
    expect(await eventTypesOf(s, booking.id)).toEqual(["created", "reassigned", "moved"]);
  });

  it("keeps booking history when the database is asked to delete it", async () => {
    const p = await createArtist(s, "Ivy Immutable");
    const booking = await book(s, { personId: p, startDate: "2026-11-02", endDate: "2026-11-02" });
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    const refused = await client.query("DELETE FROM booking_events WHERE booking_id = $1", [booking.id]).catch((e: { code: string }) => e);
    await client.end();
    expect(refused).toMatchObject({ code: "23001" });
    expect(await eventTypesOf(s, booking.id)).toEqual(["created"]);
  });

  it("books a role slot with no person (placeholder) and fills it later", async () => {
    const slot = (await s.call({ method: "POST", url: s.url(`/projects/${s.projectId}/slots`), body: { role: "Compositor", displayName: "Comp 1" } })).json();
    const placeholder = await book(s, { roleSlotId: slot.id, startDate: "2026-12-01", endDate: "2026-12-04", status: "confirmed" });
    expect(placeholder).toMatchObject({ placeholder: true, personId: null, bookableId: null, status: "confirmed" });
    const p = await createArtist(s, "Phil Later");
    const filled = await s.call({ method: "PATCH", url: s.url(`/bookings/${placeholder.id}`), body: { version: placeholder.version, personId: p } });
    expect(filled.statusCode, filled.body).toBe(200);
    expect(filled.json()).toMatchObject({ placeholder: false, personId: p, roleSlotId: slot.id, status: "confirmed" });
    expect(await eventTypesOf(s, placeholder.id)).toEqual(["created", "confirmed", "reassigned"]);
  });
});

describe("archived projects", () => {
  it("freeze their bookings (confirm and edits are 409 project_archived) but let them be released", async () => {
    const p = await createArtist(s, "Archie Archive");
    const projectId = await createProject(t.app, s.admin, s.orgId, "Wrapped show");
    const hold = await book(s, { projectId, personId: p, startDate: "2026-09-07", endDate: "2026-09-11" });
    const other = await book(s, { projectId, personId: p, startDate: "2026-09-14", endDate: "2026-09-15" });
    const project = (await s.call({ method: "GET", url: s.url(`/projects/${projectId}`) })).json();
    const archived = await s.call({ method: "POST", url: s.url(`/projects/${projectId}/archive`), body: { version: project.version } });
    expect(archived.statusCode, archived.body).toBe(200);

    const refused = [
      await confirm(s, hold),
      await s.call({ method: "PATCH", url: s.url(`/bookings/${hold.id}`), body: { version: hold.version, startDate: "2026-09-08", endDate: "2026-09-12" } }),
    ];
    for (const res of refused) {
      expectProblem(res, 409, "project_archived");
      expect(res.json().detail).toContain("Wrapped show");
    }
    // A new booking on it names the field.
    const fresh = await s.call({ method: "POST", url: s.url("/bookings"), body: { projectId, personId: p, startDate: "2026-10-05", endDate: "2026-10-05" } });
    expectProblem(fresh, 400, "validation_failed");
    expect(fresh.json().errors[0].path).toBe("body.projectId");
    // Releasing frees the person: allowed, and the booking is unchanged until then.
    expect((await getBooking(s, hold.id)).status).toBe("hold");
    const released = await release(s, other);
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json().status).toBe("released");
  });
});
