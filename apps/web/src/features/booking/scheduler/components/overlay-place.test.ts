import { describe, expect, it } from "vitest";
import { noteHeight, noteWidth, placeNote } from "./overlay-place";

const view = { scrollTop: 0, height: 600, header: 48 };

describe("placeNote", () => {
  it("goes below the rows when the view has room there", () => {
    expect(placeNote({ top: 100, bottom: 200 }, view, 300, 340, 3000)).toMatchObject({ side: "below", top: 202, left: 300 });
  });

  it("goes above the rows when they are near the bottom of the view", () => {
    const p = placeNote({ top: 400, bottom: 500 }, view, 300, 340, 3000);
    expect(p).toMatchObject({ side: "above", top: 398, transform: "translateY(-100%)" });
  });

  it("goes beside the bar when neither side has room, clear of the bar's days", () => {
    const p = placeNote({ top: 150, bottom: 500 }, view, 300, 340, 3000);
    expect(p.side).toBe("beside");
    expect(p.left).toBeGreaterThanOrEqual(340);
    const atEnd = placeNote({ top: 150, bottom: 500 }, view, 2800, 2900, 3000);
    expect(atEnd.left + noteWidth).toBeLessThanOrEqual(2800);
    expect(atEnd.top + noteHeight).toBeLessThanOrEqual(600);
  });

  it("keeps the note inside the lane at its right end", () => {
    expect(placeNote({ top: 100, bottom: 200 }, view, 2900, 2936, 3000).left).toBe(3000 - noteWidth);
  });
});
