import type { Utilization } from "@backlot/contracts/booking/utilization";

type Row = Utilization["rows"][number];
type Totals = Row["totals"];
const round = (n: number) => Math.round(n * 100) / 100;

/** The server's rule: utilization = confirmed / capacity, over-allocated above capacity. */
function cell(capacity: number, booked: number, tentative: number): Totals {
  return {
    capacityHours: round(capacity),
    bookedHours: round(booked),
    tentativeHours: round(tentative),
    utilization: capacity > 0 ? round(booked / capacity) : null,
    overAllocated: booked > capacity + 1e-9,
    overAllocatedWithHolds: booked + tentative > capacity + 1e-9,
  };
}

/**
 * Department rows summed from the people rows already loaded, the same way the server's
 * groupBy=department does it, so the page asks the (costly) utilization query only once.
 */
export function groupByDepartment(data: Utilization): Utilization {
  const groups = new Map<string, Row[]>();
  for (const row of data.rows) groups.set(row.department ?? "", [...(groups.get(row.department ?? "") ?? []), row]);
  const rows = [...groups.entries()].map(([key, people]): Row => {
    const weeks = data.weekStarts.map((weekStart, i) => {
      const cells = people.map((p) => p.weeks[i]).filter((c) => c !== undefined);
      const sum = (k: "capacityHours" | "bookedHours" | "tentativeHours") => cells.reduce((s, c) => s + c[k], 0);
      return { weekStart, ...cell(sum("capacityHours"), sum("bookedHours"), sum("tentativeHours")) };
    });
    const total = (k: "capacityHours" | "bookedHours" | "tentativeHours") => people.reduce((s, p) => s + p.totals[k], 0);
    return {
      key,
      personId: null,
      name: key || "No department",
      department: key || null,
      people: people.length,
      weeks,
      totals: cell(total("capacityHours"), total("bookedHours"), total("tentativeHours")),
    };
  });
  return { weekStarts: data.weekStarts, rows: rows.sort((a, b) => (a.department ?? "\uffff").localeCompare(b.department ?? "\uffff")) };
}
