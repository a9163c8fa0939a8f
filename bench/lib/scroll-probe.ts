/// <reference lib="dom" />
/**
 * Runs inside the page (Playwright `page.evaluate`): scrolls AG Grid's body viewport from the top
 * to the last of `totalRows` rows by `step` pixels a frame and records every frame interval with
 * requestAnimationFrame. After each step it waits, frame by frame, until the rows in view are
 * rendered with their cells ("filled"); at the end of the loaded rows that includes waiting for
 * the grid's next cursor page. Must be self-contained: it is serialized into the browser.
 */
export type ScrollProbeResult = {
  /** Frame intervals while scrolling (idle frames waiting for a page left out). */
  frames: number[];
  /** Per scroll step: ms from moving the viewport until the rows in view were rendered. */
  fills: number[];
  /** Per cursor page: ms the scroll stood at the end of the loaded rows, waiting for the next page. */
  pageWaits: number[];
  rowsLoaded: number;
  steps: number;
  /** Steps whose rows in view were not rendered within 10 s. */
  stuck: number;
  elapsedMs: number;
  domNodesMax: number;
};

export async function scrollProbe(args: { step: number; totalRows: number; timeoutMs: number }): Promise<ScrollProbeResult> {
  // AG Grid 36: the rows sit in .ag-grid-scrolling-container inside the scrolling .ag-grid-viewport.
  const rows = document.querySelector<HTMLElement>(".ag-grid-scrolling-container");
  const viewport = rows?.closest<HTMLElement>(".ag-grid-viewport");
  const count = document.querySelector<HTMLElement>("[data-testid=grid-count]");
  if (!rows || !viewport || !count) throw new Error("no grid rows on the page");
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  // "1,400 of 10,000 shots loaded", under the grid.
  const loadedRows = () => Number((count.textContent ?? "").split(" of ")[0]?.replaceAll(",", "") ?? 0);
  // The rows in view are rendered when the rendered rows that have cells with content cover
  // the visible part of the viewport (below the header) without a gap. Measured on the page,
  // not by row index: rows are not all exactly one row height apart.
  const header = document.querySelector<HTMLElement>(".ag-header");
  const filled = () => {
    const box = viewport.getBoundingClientRect();
    let covered = Math.max(box.top, header?.getBoundingClientRect().bottom ?? box.top);
    const bottom = Math.min(box.bottom, window.innerHeight) - 2;
    const spans = Array.from(rows.querySelectorAll<HTMLElement>(".ag-row"))
      .filter((row) => row.querySelector(".ag-cell > *"))
      .map((row) => row.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    for (const r of spans) {
      if (r.top > covered + 1) break;
      covered = Math.max(covered, r.bottom);
    }
    return covered >= bottom;
  };
  const frames: number[] = [];
  const fills: number[] = [];
  const pageWaits: number[] = [];
  let domNodesMax = 0;
  let steps = 0;
  let stuck = 0;
  const started = performance.now();
  let last = await frame();
  let moved: number | null = null;
  let atEndSince: number | null = null;
  let rowsAtEnd = 0;
  while (performance.now() - started < args.timeoutMs) {
    const now = await frame();
    // Frames spent idle at the end of the loaded rows, before the next page arrived, are not
    // scrolling frames; the frame in which the page arrives and renders is.
    if (atEndSince === null || loadedRows() !== rowsAtEnd) frames.push(now - last);
    last = now;
    if (frames.length % 30 === 0) domNodesMax = Math.max(domNodesMax, document.getElementsByTagName("*").length);
    if (moved !== null) {
      // A step whose rows never render (10 s) is counted as stuck rather than hanging the run.
      if (!filled() && now - moved < 10_000) continue;
      if (now - moved >= 10_000) stuck++;
      else fills.push(now - moved);
      moved = null;
    }
    const maxTop = viewport.scrollHeight - viewport.clientHeight;
    if (viewport.scrollTop >= maxTop - 1) {
      if (loadedRows() >= args.totalRows) break;
      // At the end of the loaded rows: the grid asks for the next page; wait for it to arrive.
      if (atEndSince === null) {
        atEndSince = now;
        rowsAtEnd = loadedRows();
      }
      continue;
    }
    if (atEndSince !== null) {
      pageWaits.push(now - atEndSince);
      atEndSince = null;
    }
    viewport.scrollTop = Math.min(viewport.scrollTop + args.step, maxTop);
    moved = performance.now();
    steps++;
  }
  return { frames, fills, pageWaits, rowsLoaded: loadedRows(), steps, stuck, elapsedMs: performance.now() - started, domNodesMax };
}
