/// <reference lib="dom" />
// The functions handed to page.evaluate run in the browser: they need the DOM types.
/**
 * What the scheduler page bench measures in the browser: time from navigation to bars on
 * screen, and frame times while scrolling through every row.
 */
import type { Page } from "playwright-core";
import { percentile } from "./stats";

/**
 * Runs in the page before any of its scripts: records the first animation frame after the
 * first booking bar is in the DOM (it is painted in that frame), in ms since navigation start.
 */
export const barsVisibleProbe = `
  window.__barsVisibleAt = new Promise((resolve) => {
    const seen = () => document.querySelector("[data-booking-id]") !== null;
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    const observer = new MutationObserver(() => {
      if (seen()) { observer.disconnect(); done(); }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
`;

export type LoadFigures = {
  barsVisibleMs: number;
  /** The scheduler request: sent and fully received, ms since navigation start. */
  windowRequestStartMs: number;
  windowResponseEndMs: number;
  windowBytes: number;
  domContentLoadedMs: number;
  rows: number;
  barsInDom: number;
};

/** Opens the scheduler URL in a fresh tab and reads the probe and the resource timings. */
export async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  await page.addInitScript(barsVisibleProbe);
  await page.goto(url, { waitUntil: "commit" });
  const barsVisibleMs = await page.evaluate(() => (window as unknown as { __barsVisibleAt: Promise<number> }).__barsVisibleAt);
  return page.evaluate((bars) => {
    const entry = performance.getEntriesByType("resource").find((e) => e.name.includes("/scheduler?")) as PerformanceResourceTiming | undefined;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const corner = document.querySelector("[data-testid=scheduler-grid]")?.textContent ?? "";
    return {
      barsVisibleMs: bars,
      windowRequestStartMs: entry?.requestStart ?? Number.NaN,
      windowResponseEndMs: entry?.responseEnd ?? Number.NaN,
      windowBytes: entry?.encodedBodySize ?? Number.NaN,
      domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
      rows: Number(/(\d+) rows/.exec(corner)?.[1] ?? Number.NaN),
      barsInDom: document.querySelectorAll("[data-booking-id]").length,
    };
  }, barsVisibleMs);
}

export type ScrollFigures = {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over 50 ms (a "long frame": visibly stuck). */
  longFrames: number;
  /** Frames over 25 ms (at least one 60 Hz frame dropped). */
  droppedFrames: number;
  scrolledPx: number;
  seconds: number;
  /** Rows in the DOM at the end (virtualized: a screenful, not 500). */
  rowsInDom: number;
  /** The name of the last row rendered at the bottom (should be the window's last row). */
  lastRow: string;
};

/**
 * In the page, as text: tsx would otherwise wrap its inner functions in a helper (__name) the
 * page does not have.
 */
const scrollScript = `async (step) => {
  const el = document.querySelector("[data-testid=scheduler-grid]");
  el.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const deltas = [];
  const started = performance.now();
  await new Promise((resolve) => {
    let last = performance.now();
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      const bottom = el.scrollHeight - el.clientHeight;
      if (el.scrollTop >= bottom - 1) return resolve();
      el.scrollTop = Math.min(bottom, el.scrollTop + step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const rows = Array.from(document.querySelectorAll("[data-row]"));
  const lastName = rows.at(-1)?.getAttribute("data-row-name") ?? "";
  return { deltas: deltas.slice(1), scrolledPx: el.scrollTop, seconds: (performance.now() - started) / 1000, rowsInDom: rows.length, lastName };
}`;

/**
 * Scrolls the grid from the first row to the last, `stepPx` per animation frame (a steady,
 * fast wheel), and records the time between consecutive frames.
 */
export async function measureScroll(page: Page, stepPx: number): Promise<ScrollFigures> {
  const raw = (await page.evaluate(`(${scrollScript})(${Number(stepPx)})`)) as {
    deltas: number[];
    scrolledPx: number;
    seconds: number;
    rowsInDom: number;
    lastName: string;
  };
  const sorted = [...raw.deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    longFrames: sorted.filter((d) => d > 50).length,
    droppedFrames: sorted.filter((d) => d > 25).length,
    scrolledPx: raw.scrolledPx,
    seconds: raw.seconds,
    rowsInDom: raw.rowsInDom,
    lastRow: raw.lastName,
  };
}
