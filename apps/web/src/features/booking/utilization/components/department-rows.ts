import { type Utilization, utilizationCell as cell } from "@backlot/contracts/booking/utilization";

type Row = Utilization["rows"][number];

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
