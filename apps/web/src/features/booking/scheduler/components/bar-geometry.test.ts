import { describe, expect, it } from "vitest";
import { dayNumber } from "../api/calendar-days";
import { barBox, minTimedWidth, timedPlacement } from "./bar-geometry";

const first = dayNumber("2026-05-11");

describe("timedPlacement", () => {
  it("places 10:00–12:00 Berlin time in its local day, by the room's zone", () => {
    const p = timedPlacement("2026-05-12T08:00:00Z", "2026-05-12T10:00:00Z", first, "Europe/Berlin");
    expect(p).toEqual({ startCol: 1, endCol: 2, startFrac: 10 / 24, endFrac: 12 / 24, hours: "10:00–12:00" });
  });

  it("counts an end at midnight as the end of the day before", () => {
    const p = timedPlacement("2026-05-12T20:00:00Z", "2026-05-12T22:00:00Z", first, "Europe/Berlin");
    expect(p).toMatchObject({ startCol: 1, endCol: 2, startFrac: 22 / 24, endFrac: 1, hours: "22:00–24:00" });
  });

  it("spans the nights of a booking over several days", () => {
    const p = timedPlacement("2026-05-12T18:00:00-04:00", "2026-05-14T06:00:00-04:00", first, "America/New_York");
    expect(p).toMatchObject({ startCol: 1, endCol: 4, startFrac: 18 / 24, endFrac: 6 / 24, hours: "18:00–06:00" });
  });
});

describe("barBox", () => {
  const timed = (startCol: number, endCol: number, startFrac: number, endFrac: number) => ({ startCol, endCol, timed: { startFrac, endFrac, hours: "" } });

  it("fills whole days with a gutter", () => {
    expect(barBox({ startCol: 2, endCol: 4 }, 36, 91, false)).toEqual({ left: 73, width: 69 });
  });

  it("draws a timed booking over its hours, narrower than its day", () => {
    const box = barBox(timed(1, 2, 6 / 24, 18 / 24), 36, 91, false);
    expect(box).toEqual({ left: 36 + 9, width: 18 });
    expect(box.width).toBeLessThan(36);
  });

  it("keeps a short booking clickable, centred on its hours", () => {
    const box = barBox(timed(1, 2, 10 / 24, 12 / 24), 36, 91, false);
    expect(box.width).toBe(minTimedWidth);
    expect(box.left + box.width / 2).toBeCloseTo(36 + 16.5);
  });

  it("keeps the widened bar inside its day at the day's edges", () => {
    const late = barBox(timed(1, 2, 23 / 24, 1), 36, 91, false);
    expect(late.left + late.width).toBeLessThanOrEqual(2 * 36 - 2);
    const early = barBox(timed(1, 2, 0, 0.5 / 24), 36, 91, false);
    expect(early.left).toBeGreaterThanOrEqual(36 + 1);
  });

  it("falls back to the whole day in the weeks zoom and where the window cuts the booking", () => {
    expect(barBox(timed(1, 2, 10 / 24, 12 / 24), 13, 182, true)).toEqual(barBox({ startCol: 1, endCol: 2 }, 13, 182, true));
    expect(barBox(timed(-1, 2, 20 / 24, 12 / 24), 36, 91, false)).toEqual({ left: 1, width: 36 + 18 - 1 });
  });
});
