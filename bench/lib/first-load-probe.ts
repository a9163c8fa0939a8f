/// <reference lib="dom" />
// The functions handed to page.evaluate run in the browser: they need the DOM types.
/**
 * What the first-load bench measures in one fresh browser context (empty HTTP cache): time from
 * navigation start until marked elements are painted, main-thread long tasks until then, and the
 * bytes the page fetched (Chrome's own count, over the DevTools protocol).
 */
import type { BrowserContext, CDPSession, Page } from "playwright-core";

/** The network a load runs on; `null` throughput means unthrottled (loopback). */
export type NetworkProfile = { name: string; downloadKbps: number | null; latencyMs: number };

export type Transfer = { bytes: number; jsBytes: number; jsFiles: number; cssBytes: number; requests: number };

/**
 * Runs in the page before any of its scripts: `window.__firstSeen(selector)` resolves with the
 * first animation frame after an element matching it is in the DOM (it is painted in that frame),
 * in ms since navigation start; long tasks are summed as they end.
 */
const probe = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  window.__firstSeen = (selector) => new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    if (document.querySelector(selector)) return done();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) { observer.disconnect(); done(); }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
`;

type ProbeWindow = { __firstSeen: (selector: string) => Promise<number>; __longTasks: { start: number; end: number }[] };

/** Counts every response's bytes on the wire (headers included), split by type. */
async function countTransfer(page: Page, network: NetworkProfile): Promise<{ cdp: CDPSession; transfer: Transfer }> {
  const cdp = await page.context().newCDPSession(page);
  const transfer: Transfer = { bytes: 0, jsBytes: 0, jsFiles: 0, cssBytes: 0, requests: 0 };
  const types = new Map<string, string>();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId);
    transfer.requests += 1;
    transfer.bytes += e.encodedDataLength;
    if (type === "Script") {
      transfer.jsBytes += e.encodedDataLength;
      transfer.jsFiles += 1;
    }
    if (type === "Stylesheet") transfer.cssBytes += e.encodedDataLength;
  });
  await cdp.send("Network.enable");
  if (network.downloadKbps !== null) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downloadKbps * 1000) / 8,
      uploadThroughput: (network.downloadKbps * 1000) / 8 / 2,
    });
  }
  return { cdp, transfer };
}

export type PageLoad = {
  /** ms since navigation start at which each marker was first painted. */
  marks: Record<string, number>;
  /** Main-thread time in long tasks (> 50 ms) before the first marker. */
  longTaskMs: number;
  transfer: Transfer;
};

/** Opens `url` in a new page of `context` and waits for each marker in turn. */
export async function loadPage(context: BrowserContext, url: string, markers: Record<string, string>, network: NetworkProfile) {
  const page = await context.newPage();
  await page.addInitScript(probe);
  const { transfer } = await countTransfer(page, network);
  await page.goto(url, { waitUntil: "commit" });
  const marks: Record<string, number> = {};
  for (const [name, selector] of Object.entries(markers)) {
    marks[name] = await page.evaluate((s) => (window as unknown as ProbeWindow).__firstSeen(s), selector);
  }
  const first = Object.values(marks)[0] ?? 0;
  const longTaskMs = await page.evaluate(
    (until) => (window as unknown as ProbeWindow).__longTasks.reduce((sum, t) => sum + Math.max(0, Math.min(t.end, until) - t.start), 0),
    first,
  );
  return { page, load: { marks, longTaskMs, transfer: { ...transfer } } satisfies PageLoad, transfer };
}

/**
 * Clicks a main-navigation link and returns ms until `selector` is painted, and the bytes that
 * the route change fetched (the route's code, if not loaded yet, and its data).
 */
export async function navigateByLink(page: Page, transfer: Transfer, linkName: string, selector: string) {
  const before = { ...transfer };
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: linkName });
  await link.hover();
  const ms = await page.evaluate(
    async ({ name, s }) => {
      const a = Array.from(document.querySelectorAll("nav[aria-label=Main] a")).find((el) => el.textContent?.includes(name)) as HTMLElement;
      const t0 = performance.now();
      a.click();
      return (await (window as unknown as ProbeWindow).__firstSeen(s)) - t0;
    },
    { name: linkName, s: selector },
  );
  return { ms, bytes: transfer.bytes - before.bytes, jsBytes: transfer.jsBytes - before.jsBytes };
}
