import { describe, expect, it } from "vitest";
import { occurrenceOffsets } from "./booking-recurring";

describe("recurrence rules", () => {
  it("daily every n days, up to a count", () => {
    expect(occurrenceOffsets({ frequency: "daily", interval: 2, count: 4 }, "2026-03-02", 1)).toEqual([0, 2, 4, 6]);
  });

  it("weekly on given weekdays, from the first occurrence's day on, until a date", () => {
    // First occurrence Wednesday 4 March 2026; Mondays and Wednesdays until Wednesday 18 March.
    expect(occurrenceOffsets({ frequency: "weekly", interval: 1, weekdays: [1, 3], until: "2026-03-18" }, "2026-03-04", 3)).toEqual([0, 5, 7, 12, 14]);
  });

  it("every other week on the first occurrence's weekday", () => {
    expect(occurrenceOffsets({ frequency: "weekly", interval: 2, count: 3 }, "2026-03-06", 5)).toEqual([0, 14, 28]);
  });

  it("stops at the series limit of two years whatever the rule says", () => {
    const offsets = occurrenceOffsets({ frequency: "daily", interval: 1, until: "2040-01-01" }, "2026-01-01", 4);
    expect(offsets.length).toBe(366);
    expect(offsets.at(-1)).toBe(365);
  });
});
