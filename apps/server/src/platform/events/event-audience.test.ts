import { describe, expect, it } from "vitest";
import type { LiveEvent } from "@backlot/contracts/core/events";
import { eventAudience } from "./event-audience";

const event = (recordType: string, data?: unknown): LiveEvent => ({
  id: "1",
  type: "saved_view.changed",
  organizationId: "01900000-0000-7000-8000-000000000001",
  recordType,
  recordId: "01900000-0000-7000-8000-000000000002",
  actorId: null,
  data,
  at: new Date().toISOString(),
});

describe("live-event audience", () => {
  it("sends notifications to their recipient only, and nowhere without one", () => {
    expect(eventAudience(event("notification", { userId: "u1" }))).toBe("u1");
    expect(eventAudience(event("notification"))).toBe("");
  });

  it("sends private saved views to their owner, shared ones and deletions to every reader", () => {
    expect(eventAudience(event("saved_view", { ownerId: "u2", shared: false }))).toBe("u2");
    expect(eventAudience(event("saved_view", { ownerId: "u2", shared: true }))).toBeNull();
    expect(eventAudience(event("saved_view"))).toBeNull();
    expect(eventAudience(event("person", { userId: "u3" }))).toBeNull();
  });
});
