import type { z } from "zod";
import { type projectCostSchema, type Utilization, type utilizationQuery, utilizationCell as cell } from "@backlot/contracts/booking/utilization";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { resolveWindow } from "../shared/window";
import { type PersonWeekRow, personWeeks, projectCosts } from "./utilization.repo";

const maxDays = 371;
const round = (n: number) => Math.round(n * 100) / 100;

function checkDates(from: string, to: string) {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (!(days > 0)) throw fieldError("query.to", "to must be after from");
  if (days > maxDays) throw fieldError("query.to", `At most ${maxDays} days`);
}

type Acc = { key: string; personId: string | null; name: string; department: string | null; people: Set<string>; weeks: Map<string, [number, number, number]> };

function accumulate(groups: Map<string, Acc>, row: PersonWeekRow, byDepartment: boolean) {
  const key = byDepartment ? (row.department ?? "") : row.person_id;
  let acc = groups.get(key);
  if (!acc) {
    acc = byDepartment
      ? { key, personId: null, name: row.department ?? "No department", department: row.department, people: new Set(), weeks: new Map() }
      : { key, personId: row.person_id, name: row.display_name, department: row.department, people: new Set(), weeks: new Map() };
    groups.set(key, acc);
  }
  acc.people.add(row.person_id);
  const [c, b, t] = acc.weeks.get(row.week_start) ?? [0, 0, 0];
  acc.weeks.set(row.week_start, [c + row.capacity, b + row.booked, t + row.tentative]);
}

/** Booked vs capacity per person or department and week, with over-allocation flags (BOOK-9). */
export async function getUtilization(db: Queryable, organizationId: string, query: z.output<typeof utilizationQuery>): Promise<Utilization> {
  checkDates(query.from, query.to);
  const rows = await personWeeks(db, organizationId, query.from, query.to, query.department);
  const weekStarts = [...new Set(rows.map((r) => r.week_start))].sort();
  const groups = new Map<string, Acc>();
  for (const row of rows) accumulate(groups, row, query.groupBy === "department");
  return {
    weekStarts,
    rows: [...groups.values()].map((acc) => {
      const weeks = weekStarts.map((weekStart) => {
        const [c, b, t] = acc.weeks.get(weekStart) ?? [0, 0, 0];
        return { weekStart, ...cell(c, b, t) };
      });
      const sum = (i: 0 | 1 | 2) => [...acc.weeks.values()].reduce((s, v) => s + v[i], 0);
      return {
        key: acc.key,
        personId: acc.personId,
        name: acc.name,
        department: acc.department,
        people: acc.people.size,
        weeks,
        totals: cell(sum(0), sum(1), sum(2)),
      };
    }),
  };
}

/** Cost of bookings per project and currency in a window of the organization's days (BOOK-9). */
export async function getBookingCosts(db: Queryable, organizationId: string, query: { from: string; to: string; projectId?: string }) {
  checkDates(query.from, query.to);
  const window = await resolveWindow(db, organizationId, query.from, query.to);
  const rows = await projectCosts(db, organizationId, window.from as Date, window.to as Date, query.projectId);
  const items = new Map<string, z.infer<typeof projectCostSchema>>();
  for (const r of rows) {
    const key = `${r.project_id}:${r.currency ?? ""}`;
    const item = items.get(key) ?? {
      projectId: r.project_id,
      projectName: r.project_name,
      projectCode: r.project_code,
      currency: r.currency,
      confirmedCost: 0,
      tentativeCost: 0,
      confirmedDays: 0,
      tentativeDays: 0,
      bookings: 0,
      unpriced: 0,
    };
    if (r.status === "confirmed") {
      item.confirmedCost = round(item.confirmedCost + r.cost);
      item.confirmedDays = round(item.confirmedDays + r.days);
    } else {
      item.tentativeCost = round(item.tentativeCost + r.cost);
      item.tentativeDays = round(item.tentativeDays + r.days);
    }
    item.bookings += r.bookings;
    item.unpriced += r.unpriced;
    items.set(key, item);
  }
  return { items: [...items.values()] };
}
