import type { APIResponse } from "@playwright/test";

/** The longest a test waits for the server's sign-up/sign-in rate limit to let it through. */
const patience = 90_000;

/**
 * Sends a request again while the server answers 429. Sign-ups and sign-ins are rate-limited per
 * client address (the e2e server raises the limit with BACKLOT_SIGN_IN_PER_MINUTE, but the whole
 * suite still signs its users up from one address); waiting out the window is what a person
 * would do too. Other statuses are returned as they are.
 */
export async function retryRateLimited(send: () => Promise<APIResponse>): Promise<APIResponse> {
  const deadline = Date.now() + patience;
  for (;;) {
    const res = await send();
    if (res.status() !== 429 || Date.now() > deadline) return res;
    const hinted = Number(res.headers()["x-retry-after"] ?? res.headers()["retry-after"] ?? 10);
    const wait = Math.min(Math.max(1, Number.isFinite(hinted) ? hinted : 10), 15) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - Date.now()))));
  }
}
