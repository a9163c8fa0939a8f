import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  book,
  type BookingJson,
  confirm,
  createArtist,
  createStudio,
  eventTypesOf,
  getBooking,
  release,
  type Studio,
} from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app);
});
afterAll(() => t.close());

/** Three productions pencil the same artist for the same week: 1st, 2nd and 3rd. */
async function threePencils(name: string) {
  const p = await createArtist(s, name);
  const week = { personId: p, startDate: "2026-06-01", endDate: "2026-06-05" };
  const first = await book(s, week);
  const second = await book(s, week);
  const third = await book(s, week);
  expect([first.holdRank, second.holdRank, third.holdRank]).toEqual([1, 2, 3]);
  return { p, first, second, third };
}

async function challengedBy(b: BookingJson, deadline?: string) {
  const res = await confirm(s, b, deadline ? { challengeDeadline: deadline } : {});
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().outcome).toBe("challenged");
  return res.json().challenges as { id: string; holderBookingId: string; status: string; deadline: string }[];
}

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("ranked holds and challenges", () => {
  it("confirming the 2nd pencil challenges the 1st; the 1st releasing hands the 2nd the booking and promotes the 3rd", async () => {
    const { first, second, third } = await threePencils("Paula Pencil");
    const challenges = await challengedBy(second);
    expect(challenges).toEqual([expect.objectContaining({ holderBookingId: first.id, status: "open" })]);
    expect((await getBooking(s, second.id)).status).toBe("hold");
    // Asking again does not open a second challenge.
    const again = await challengedBy(await getBooking(s, second.id));
    expect(again.map((c) => c.id)).toEqual(challenges.map((c) => c.id));

    const released = await release(s, await getBooking(s, first.id));
    expect(released.statusCode, released.body).toBe(200);
    const [b1, b2, b3] = await Promise.all([first, second, third].map((b) => getBooking(s, b.id)));
    expect([b1?.status, b2?.status, b3?.status]).toEqual(["released", "confirmed", "hold"]);
    expect(b3?.holdRank).toBe(2);
    expect(b2?.challenges).toEqual([expect.objectContaining({ id: challenges[0]?.id, status: "holder_released" })]);
    expect(await eventTypesOf(s, second.id)).toEqual(["created", "challenged", "challenge_resolved", "confirmed"]);
    expect(await eventTypesOf(s, third.id)).toEqual(["created", "promoted"]);
    expect(await eventTypesOf(s, first.id)).toEqual(["created", "challenged", "released", "challenge_resolved"]);
  });

  it("the 1st pencil confirming wins the challenge; the challenger stays a hold", async () => {
    const { first, second } = await threePencils("Carl Challenge");
    const [challenge] = await challengedBy(second);
    const res = await confirm(s, await getBooking(s, first.id));
    expect(res.json().outcome).toBe("confirmed");
    const after = await getBooking(s, second.id);
    expect(after.status).toBe("hold");
    expect(after.challenges).toEqual([expect.objectContaining({ id: challenge?.id, status: "holder_confirmed" })]);
    // Now the 2nd pencil runs into a confirmed booking: 409 naming it.
    const refused = await confirm(s, after);
    expectProblem(refused, 409, "booking_conflict");
    expect(refused.json().conflicts.map((c: { id: string }) => c.id)).toEqual([first.id]);
  });

  it("releases the holder automatically when the deadline passes (the real background job)", async () => {
    const { first, second, third } = await threePencils("Desmond Deadline");
    const deadline = new Date(Date.now() + 1500).toISOString();
    const [challenge] = await challengedBy(second, deadline);
    expect(challenge?.deadline).toBe(deadline);
    const holder = await waitFor(
      () => getBooking(s, first.id),
      (b) => b.status !== "hold",
    );
    expect(holder.status).toBe("released");
    expect(holder.challenges).toEqual([expect.objectContaining({ id: challenge?.id, status: "expired" })]);
    expect((await getBooking(s, second.id)).status).toBe("confirmed");
    expect((await getBooking(s, third.id)).holdRank).toBe(2);
    const events = (await s.call({ method: "GET", url: s.url(`/bookings/${first.id}/events`) })).json().items;
    const releasedEvent = events.find((e: { type: string }) => e.type === "released");
    expect(releasedEvent).toMatchObject({ actorId: null, actorName: null, data: { automatic: true } });
  });

  it("refuses a deadline in the past, and a confirmed or released booking cannot be confirmed again into a challenge", async () => {
    const { second, third } = await threePencils("Paz Past");
    const past = await confirm(s, second, { challengeDeadline: "2020-01-01T00:00:00Z" });
    expectProblem(past, 400, "validation_failed");
    expect(past.json().errors[0].path).toBe("body.challengeDeadline");
    const cancelled = await release(s, third, "cancel");
    expect(cancelled.json().status).toBe("cancelled");
    expectProblem(await confirm(s, cancelled.json()), 409, "conflict");
    expectProblem(await release(s, cancelled.json()), 409, "conflict");
  });

  it("lists open challenges of the organization", async () => {
    const { second } = await threePencils("Olga Open");
    const [challenge] = await challengedBy(second);
    const res = await s.call({ method: "GET", url: s.url("/booking-challenges") });
    expect(res.json().items.map((c: { id: string }) => c.id)).toContain(challenge?.id);
  });
});
