import { parse } from "csv-parse/sync";
import { AppError } from "../../../platform/http/app-error";

export type CsvTable = { headers: string[]; rows: { line: number; cells: Record<string, string> }[] };

/** Reads a CSV (UTF-8, optional BOM, quoted cells) into header → cell maps, with file lines. */
export function readCsv(text: string, known: string[], required: string[]): CsvTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (error) {
    throw new AppError("validation_failed", 400, "The file is not valid CSV", { errors: [{ path: "body.csv", message: (error as Error).message }] });
  }
  const [head, ...body] = records;
  if (!head) throw new AppError("validation_failed", 400, "The file is empty", { errors: [{ path: "body.csv", message: "The file has no header row" }] });
  const headers = head.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^custom\./, "custom."),
  );
  const unknown = headers.filter((h) => h !== "" && !known.includes(h));
  const missing = required.filter((r) => !headers.includes(r));
  const problems = [...unknown.map((h) => `Unknown column "${h}" (known: ${known.join(", ")})`), ...missing.map((m) => `The column "${m}" is required`)];
  if (new Set(headers).size !== headers.length) problems.push("A column appears twice");
  if (problems.length) {
    throw new AppError("validation_failed", 400, problems.join("; "), { errors: problems.map((message) => ({ path: "body.csv", message })) });
  }
  const rows = body.map((cells, index) => ({
    line: index + 2,
    cells: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""]).filter(([h]) => h !== "")),
  }));
  return { headers: headers.filter((h) => h !== ""), rows };
}
