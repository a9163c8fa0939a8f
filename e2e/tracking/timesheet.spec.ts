import { expect } from "@playwright/test";
import { test } from "../support/studio";

test("an artist logs time on a task and corrects the week in the timesheet; totals follow, bad entries are refused", async ({ studio: s }) => {
  const art = s.artist.page;

  await art.goto(`/o/${s.orgId}/my-tasks`);
  await art.getByRole("button", { name: `Open ${s.shot} Compositing`, exact: true }).click();
  const drawer = art.getByTestId("task-drawer");
  await drawer.getByRole("tab", { name: "Time" }).click();
  await expect(drawer.getByText("No time logged on this task yet.")).toBeVisible();
  await drawer.getByRole("textbox", { name: "Time" }).fill("1h30");
  await drawer.getByRole("textbox", { name: "Note" }).fill("Roto cleanup on the pier");
  await drawer.getByRole("button", { name: "Log time" }).click();
  await expect(drawer.getByTestId("task-time-total")).toHaveText("1h 30m");
  await expect(drawer.getByTestId("time-log-list")).toContainText("Roto cleanup on the pier");

  // Nobody works more than 24 hours in a day: the server says so, nothing is saved.
  await drawer.getByRole("textbox", { name: "Time" }).fill("23h");
  await drawer.getByRole("button", { name: "Log time" }).click();
  await expect(drawer.getByRole("alert")).toContainText("more than 24 hours");
  await expect(drawer.getByTestId("task-time-total")).toHaveText("1h 30m");
  await art.getByRole("button", { name: "Close task" }).click();

  await art.getByRole("link", { name: "Timesheet" }).click();
  const row = art.getByTestId("timesheet-row").filter({ hasText: `${s.shot}` });
  await expect(row.getByTestId("row-total")).toHaveText("1h 30m");
  const cells = row.getByTestId("time-cell");
  const values = await cells.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const today = values.indexOf("1h 30m");
  expect(today).toBeGreaterThanOrEqual(0);
  const other = (today + 1) % 7;

  await cells.nth(other).fill("45");
  await cells.nth(other).press("Enter");
  await expect(row.getByTestId("row-total")).toHaveText("2h 15m");
  await expect(art.getByTestId("week-total")).toHaveText("2h 15m");
  await expect(cells.nth(other)).toHaveValue("45m");

  await cells.nth(today).fill("2:00");
  await cells.nth(today).press("Enter");
  await expect(row.getByTestId("row-total")).toHaveText("2h 45m");

  await cells.nth(other).fill("banana");
  await cells.nth(other).press("Enter");
  await expect(art.getByText("Not a duration: try 90, 1h30, 1:30 or 45m")).toBeVisible();
  await expect(row.getByTestId("row-total")).toHaveText("2h 45m");

  await cells.nth(other).fill("");
  await cells.nth(other).press("Enter");
  await expect(row.getByTestId("row-total")).toHaveText("2h");
  await expect(art.getByTestId("day-total").nth(other)).toHaveText("—");

  await art.getByRole("button", { name: "Previous week" }).click();
  await expect(art.getByText("No time logged this week")).toBeVisible();
  await art.getByRole("button", { name: "This week" }).click();
  await expect(row.getByTestId("row-total")).toHaveText("2h");

  // The supervisor sees who logged what on the task.
  const sup = s.supervisor.page;
  await sup.goto(`/o/${s.orgId}/tracking/projects/${s.project.id}/grid?task=${s.taskId}&taskProject=${s.project.id}`);
  await sup.getByTestId("task-drawer").getByRole("tab", { name: "Time" }).click();
  await expect(sup.getByTestId("task-time-total")).toHaveText("2h");
  await expect(sup.getByTestId("time-log-list")).toContainText(s.artist.user.name);
});
