import { expect, type Locator, type Page, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

type PhaseJson = { id: string; name: string; startDate: string; endDate: string };
const dayMs = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** Drags a bar of the chart by whole days (the day view: each bar's width is its days × the day width). */
async function dragBy(page: Page, bar: Locator, lengthDays: number, days: number) {
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  if (!box) throw new Error("no bar");
  const dayWidth = box.width / lengthDays;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dayWidth * days, box.y + box.height / 2, { steps: 15 });
  await page.mouse.up();
}

test("project timeline: phases linked finish-to-start, drag moves or warns, a cycle refused, a milestone added", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Producer"), "Timeline Studio");
  const origin = new URL(page.url()).origin;
  const projects = `/api/v1/organizations/${orgId}/projects`;
  const created = await page.request.post(projects, { data: { name: "Nightjar", code: "NJR", kind: "vfx" }, headers: { Origin: origin } });
  expect(created.ok()).toBeTruthy();
  const project = await created.json();
  const api = `${projects}/${project.id}/timeline`;
  const phases = async () => ((await (await page.request.get(api)).json()).phases as PhaseJson[]).sort((a, b) => a.startDate.localeCompare(b.startDate));

  // One save per drag (frappe-gantt reports every step of a drag; the chart sends only the last).
  let phaseSaves = 0;
  page.on("request", (r) => {
    if (r.method() === "PATCH" && r.url().includes("/timeline/phases/")) phaseSaves += 1;
  });
  await page.goto(`/o/${orgId}/tracking/projects/${project.id}/timeline`);
  await expect(page.getByText("No phases yet")).toBeVisible({ timeout: 30_000 });

  // Two phases from the drawer: the second goes right after the first, two weeks each.
  for (const [button, name] of [
    ["Add the first phase", "Prep"],
    ["Add phase", "Shoot"],
  ] as const) {
    await page.getByRole("button", { name: button }).click();
    const form = page.getByRole("form", { name: "Add phase" });
    await form.getByRole("textbox", { name: "Name" }).fill(name);
    await form.getByRole("button", { name: "Add phase" }).click();
    await expect(page.getByTestId("timeline-phase-row").filter({ hasText: name })).toBeVisible();
  }
  const chart = page.getByTestId("timeline-chart");
  await expect(chart.locator(".bar-wrapper")).toHaveCount(2);
  const [prep, shoot] = await phases();
  expect(shoot?.startDate).toBe(shift(prep?.endDate as string, 1));

  // Shoot waits for Prep: linked in Shoot's drawer, drawn as an arrow.
  await page.getByTestId("timeline-phase-row").filter({ hasText: "Shoot" }).getByRole("button", { name: "Shoot" }).click();
  const links = page.getByTestId("phase-links");
  await links.getByLabel("Add a phase it waits for").click();
  await page.getByRole("option", { name: "Prep" }).click();
  await links.getByRole("button", { name: "Link" }).click();
  await expect(links).toContainText("Waits for");
  await expect(links.getByRole("button", { name: "Stop waiting for Prep" })).toBeVisible();
  await expect(chart.locator(".arrow path")).toHaveCount(1);
  await page.keyboard.press("Escape");

  // Making Prep wait for Shoot would close a loop: refused, with the reason.
  await page.getByTestId("timeline-phase-row").filter({ hasText: "Prep" }).getByRole("button", { name: "Prep" }).click();
  await links.getByLabel("Add a phase it waits for").click();
  await page.getByRole("option", { name: "Shoot" }).click();
  await links.getByRole("button", { name: "Link" }).click();
  await expect(links.getByRole("alert")).toContainText("Shoot already waits for Prep; this link would make a cycle");
  await page.keyboard.press("Escape");

  // "Move dependents": drag Prep 5 days later, and Shoot moves with it.
  await page.getByTestId("timeline-zoom").getByText("Day", { exact: true }).click();
  const prepBar = chart.locator(".bar-wrapper", { hasText: "Prep" }).locator(".bar");
  await expect.poll(async () => (await prepBar.boundingBox())?.width ?? 0).toBeGreaterThan(300);
  await dragBy(page, prepBar, 14, 5);
  await expect(page.getByText("Also moved: Shoot")).toBeVisible();
  await expect.poll(async () => (await phases())[0]?.startDate).toBe(shift(prep?.startDate as string, 5));
  expect(phaseSaves).toBe(1);
  const [movedPrep, movedShoot] = await phases();
  expect(movedShoot?.startDate).toBe(shift(movedPrep?.endDate as string, 1));
  expect(movedShoot?.endDate).toBe(shift(movedPrep?.endDate as string, 14));

  // "Only this phase": drag Prep 3 more days; Shoot stays and the warning says why it is wrong now.
  await page.getByTestId("timeline-cascade").getByText("Only this phase").click();
  await dragBy(page, prepBar, 14, 3);
  const warnings = page.getByTestId("timeline-warnings");
  await expect(warnings).toContainText("one phase now starts too early");
  await expect(warnings).toContainText("Shoot");
  const [warnedPrep, keptShoot] = await phases();
  expect(warnedPrep?.startDate).toBe(shift(movedPrep?.startDate as string, 3));
  expect(phaseSaves).toBe(2);
  expect(keptShoot).toEqual(movedShoot);
  await expect(page.getByTestId("timeline-broken-count")).toHaveText("1 phase starts too early");
  // One click repairs it: Shoot moves to the day after Prep's new end.
  await warnings.getByRole("button", { name: "Move them after Prep" }).click();
  await expect(warnings).toBeHidden();
  await expect.poll(async () => (await phases())[1]?.startDate).toBe(shift(warnedPrep?.endDate as string, 1));
  await expect(page.getByTestId("timeline-broken-count")).toBeHidden();

  // A milestone closing Shoot: a diamond on the chart and a row in the table.
  await page.getByRole("button", { name: "Add milestone" }).click();
  const milestoneForm = page.getByRole("form", { name: "Add milestone" });
  await milestoneForm.getByRole("textbox", { name: "Name" }).fill("Client delivery");
  await milestoneForm.getByLabel("Closes phase").click();
  await page.getByRole("option", { name: "Shoot" }).click();
  await milestoneForm.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByTestId("timeline-milestone-row")).toContainText("Client delivery");
  await expect(chart.locator('.bar-wrapper[class*="tl_ms_"]')).toHaveCount(1);
  await expect(chart.locator(".arrow path")).toHaveCount(2);
});
