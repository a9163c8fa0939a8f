import { AppError } from "./app-error";

/** Opaque cursors: the sort key and id of the last item of the page, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === "string")) return values;
  } catch {
    /* fall through */
  }
  throw new AppError("validation_failed", 400, "The cursor is invalid; start again from the first page", {
    errors: [{ path: "query.cursor", message: "Invalid cursor" }],
  });
}

/** Takes limit+1 rows and returns a page with the cursor of its last item. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
