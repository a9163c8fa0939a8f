/**
 * A PostgreSQL array literal ("{a,b,c}") for ids or numbers, sent as ONE parameter and cast in
 * the SQL (`= ANY(${sqlArray(ids)}::uuid[])`). Drizzle expands a JS array into one parameter per
 * item, which breaks `ANY(...)` and, past 65,535 items, the statement. Only for values that
 * need no quoting: uuids, integers, our own codes.
 */
export const sqlArray = (values: readonly (string | number)[]) => `{${values.join(",")}}`;
