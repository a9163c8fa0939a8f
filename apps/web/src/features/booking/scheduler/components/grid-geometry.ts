/** Sizes of the scheduler grid in pixels, shared by layout, hit-testing and the benchmark's reading of it. */
export const rowHeaderWidth = 248;
export const headerHeight = 48;
const laneHeight = 26;
const barHeight = 22;

export const rowHeight = (lanes: number) => Math.max(50, 12 + lanes * laneHeight);

/** A bar's top within its row: centred when alone, stacked in lanes otherwise. */
export const barTop = (lane: number, lanes: number) => (lanes <= 1 ? (rowHeight(1) - barHeight) / 2 : 6 + lane * laneHeight);

/** The row at a vertical offset in the rows area (binary search over the rows' top offsets). */
export function rowAt(tops: number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tops[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
