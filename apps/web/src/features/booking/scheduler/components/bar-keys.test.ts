import { describe, expect, it } from "vitest";
import type { Bar, TimelineRow } from "../api/timeline";
import { barIntent, canLand, focusTarget, nextRow, spanAfter, windowShift } from "./bar-keys";
import { edgeStep, edgeZone } from "./edge-scroll";

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

const bar = (id: string, startCol: number, endCol: number, lane = 0) => ({ booking: { id }, startCol, endCol, lane }) as unknown as Bar;
const row = (key: string, kind: TimelineRow["kind"], bars: Bar[] = []) => ({ key, kind, bars }) as unknown as TimelineRow;

describe("barIntent", () => {
  it("moves a day, or a week when zoomed out; Shift changes the length by a day at either zoom", () => {
    expect(barIntent(key("ArrowRight"), false)).toEqual({ kind: "move", days: 1 });
    expect(barIntent(key("ArrowLeft"), true)).toEqual({ kind: "move", days: -7 });
    expect(barIntent(key("ArrowRight", { shiftKey: true }), true)).toEqual({ kind: "resize", days: 1 });
    expect(barIntent(key("ArrowLeft", { shiftKey: true }), false)).toEqual({ kind: "resize", days: -1 });
  });

  it("walks with Up/Down, Ctrl or ⌘ + Left/Right, Home/End; Alt+Up/Down reassigns; Enter and Space open", () => {
    expect(barIntent(key("ArrowUp"), false)).toEqual({ kind: "focus", to: "up" });
    expect(barIntent(key("ArrowRight", { ctrlKey: true }), false)).toEqual({ kind: "focus", to: "next" });
    expect(barIntent(key("ArrowLeft", { metaKey: true }), false)).toEqual({ kind: "focus", to: "prev" });
    expect(barIntent(key("End"), false)).toEqual({ kind: "focus", to: "last" });
    expect(barIntent(key("ArrowDown", { altKey: true }), false)).toEqual({ kind: "reassign", dir: 1 });
    expect(barIntent(key("Enter"), false)).toEqual({ kind: "open" });
    expect(barIntent(key(" "), false)).toEqual({ kind: "open" });
    expect(barIntent(key("Escape"), false)).toEqual({ kind: "dismiss" });
  });

  it("leaves other keys to the browser (Tab, letters, Alt+Left which is Back)", () => {
    expect(barIntent(key("Tab"), false)).toBeNull();
    expect(barIntent(key("a"), false)).toBeNull();
    expect(barIntent(key("ArrowLeft", { altKey: true }), false)).toBeNull();
    expect(barIntent(key("ArrowUp", { shiftKey: true }), false)).toBeNull();
  });
});

describe("spanAfter", () => {
  it("shifts both ends on a move and only the end on a resize", () => {
    expect(spanAfter({ startCol: 3, endCol: 6 }, { kind: "move", days: 7 })).toEqual({ startCol: 10, endCol: 13 });
    expect(spanAfter({ startCol: -2, endCol: 1 }, { kind: "move", days: -1 })).toEqual({ startCol: -3, endCol: 0 });
    expect(spanAfter({ startCol: 3, endCol: 6 }, { kind: "resize", days: 1 })).toEqual({ startCol: 3, endCol: 7 });
    expect(spanAfter({ startCol: 3, endCol: 6 }, { kind: "resize", days: -1 })).toEqual({ startCol: 3, endCol: 5 });
  });

  it("never shrinks below one day", () => {
    expect(spanAfter({ startCol: 3, endCol: 4 }, { kind: "resize", days: -1 })).toBeNull();
    expect(spanAfter({ startCol: 3, endCol: 4 }, { kind: "open" })).toBeNull();
  });
});

describe("rows and focus", () => {
  const rows = [
    row("slot:1", "placeholder", [bar("p", 0, 3)]),
    row("ana", "person", [bar("a2", 10, 12), bar("a1", 2, 5, 1)]),
    row("room", "room"),
    row("ben", "person"),
    row("cy", "person", [bar("c1", 20, 25), bar("c2", 4, 6)]),
  ];

  it("lands people on people, rooms on rooms, placeholders on people only", () => {
    expect(canLand(rows[1] as TimelineRow, rows[3] as TimelineRow)).toBe(true);
    expect(canLand(rows[1] as TimelineRow, rows[2] as TimelineRow)).toBe(false);
    expect(canLand(rows[0] as TimelineRow, rows[1] as TimelineRow)).toBe(true);
    expect(nextRow(rows, 1, 1, (r) => canLand(rows[1] as TimelineRow, r))).toBe(3);
    expect(nextRow(rows, 1, -1, (r) => r.key !== "ana" && canLand(rows[1] as TimelineRow, r))).toBe(-1);
  });

  it("goes to the nearest bar in time in the next row with bars, skipping empty rows", () => {
    const a1 = rows[1]?.bars[1] as Bar;
    expect(focusTarget(rows, 1, a1, "down")).toMatchObject({ rowIndex: 4, bar: { booking: { id: "c2" } } });
    expect(focusTarget(rows, 1, a1, "up")).toMatchObject({ rowIndex: 0, bar: { booking: { id: "p" } } });
    expect(focusTarget(rows, 0, rows[0]?.bars[0] as Bar, "up")).toBeNull();
  });

  it("walks a row in the order bars start, whatever their lanes", () => {
    const a1 = rows[1]?.bars[1] as Bar;
    expect(focusTarget(rows, 1, a1, "next")).toMatchObject({ bar: { booking: { id: "a2" } } });
    expect(focusTarget(rows, 1, a1, "prev")).toBeNull();
    expect(focusTarget(rows, 1, a1, "last")).toMatchObject({ bar: { booking: { id: "a2" } } });
    expect(focusTarget(rows, 1, a1, "first")).toBeNull();
  });
});

describe("edgeStep", () => {
  // A grid at (100, 50), 1000 × 600: its days area starts right of the 248 px "who" column and below the 48 px header.
  const view = { left: 100, top: 50, width: 1000, height: 600 };

  it("does not scroll away from the edges", () => {
    expect(edgeStep(view, 700, 300)).toEqual({ dx: 0, dy: 0 });
    expect(edgeStep(view, 100 + 248 + edgeZone + 1, 50 + 48 + edgeZone + 1)).toEqual({ dx: 0, dy: 0 });
  });

  it("scrolls faster the closer the pointer is, at full speed on or past the edge", () => {
    const near = edgeStep(view, 1100 - 30, 300).dx;
    const nearer = edgeStep(view, 1100 - 5, 300).dx;
    expect(near).toBeGreaterThan(0);
    expect(nearer).toBeGreaterThan(near);
    expect(edgeStep(view, 1100 + 200, 300).dx).toBe(edgeStep(view, 1100, 300).dx);
  });

  it("counts the sticky header and column as past the top and left edges", () => {
    const overWho = edgeStep(view, 200, 300);
    const overDates = edgeStep(view, 700, 70);
    expect(overWho.dx).toBeLessThan(0);
    expect(overDates.dy).toBeLessThan(0);
    expect(edgeStep(view, 700, 640).dy).toBeGreaterThan(0);
  });
});

describe("windowShift", () => {
  it("moves the window by whole weeks so a booking moved past either edge is back in view with room", () => {
    expect(windowShift({ startCol: 10, endCol: 12 }, 91)).toBe(0);
    expect(windowShift({ startCol: 90, endCol: 92 }, 91)).toBe(14);
    expect(windowShift({ startCol: 91, endCol: 92 }, 91)).toBe(14);
    expect(windowShift({ startCol: -1, endCol: 2 }, 91)).toBe(-14);
    expect(windowShift({ startCol: -7, endCol: -6 }, 182)).toBe(-14);
  });
});
