import { describe, expect, it } from "vitest";
import { formatHours, isoInZone, offsetMinutes, shiftLocalDays, zonedInstant } from "./zoned-time";

describe("zoned time", () => {
  it("knows a zone's offset on either side of a DST change", () => {
    expect(offsetMinutes(Date.parse("2026-03-28T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(offsetMinutes(Date.parse("2026-03-30T12:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(offsetMinutes(Date.parse("2026-07-01T12:00:00Z"), "America/New_York")).toBe(-240);
  });

  it("turns a local date and time back into the instant, written in the zone's offset", () => {
    expect(new Date(zonedInstant("2026-05-12", 600, "Europe/Berlin")).toISOString()).toBe("2026-05-12T08:00:00.000Z");
    expect(isoInZone(Date.parse("2026-05-12T08:00:00Z"), "Europe/Berlin")).toBe("2026-05-12T10:00:00+02:00");
    expect(isoInZone(Date.parse("2026-01-12T15:30:00Z"), "America/New_York")).toBe("2026-01-12T10:30:00-05:00");
  });

  it("moves a booking by whole local days at the same hour, across DST", () => {
    // 28 March 10:00 in Berlin is +01:00; the next day (clocks go forward) 10:00 is +02:00: 23 hours later.
    expect(shiftLocalDays("2026-03-28T09:00:00Z", 1, "Europe/Berlin")).toBe("2026-03-29T10:00:00+02:00");
    expect(shiftLocalDays("2026-03-29T10:00:00+02:00", -1, "Europe/Berlin")).toBe("2026-03-28T10:00:00+01:00");
    expect(shiftLocalDays("2026-05-12T10:00:00+09:00", 7, "Asia/Tokyo")).toBe("2026-05-19T10:00:00+09:00");
  });

  it("says the hours in the bookable's zone", () => {
    expect(formatHours("2026-05-12T08:00:00Z", "2026-05-12T10:00:00Z", "Europe/Berlin")).toBe("10:00–12:00");
    expect(formatHours("2026-05-12T08:00:00Z", "2026-05-12T10:00:00Z", "America/New_York")).toBe("04:00–06:00");
    expect(formatHours("2026-05-12T20:00:00Z", "2026-05-12T22:00:00Z", "Europe/Berlin")).toBe("22:00–24:00");
  });
});
