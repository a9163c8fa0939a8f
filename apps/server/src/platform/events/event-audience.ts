import type { LiveEvent } from "@backlot/contracts/core/events";

/**
 * The one user an event is meant for, when it is personal: a notification goes to its
 * recipient only, a private saved view to its owner only. Null means "whoever may read
 * this kind of record". A personal event without the field to decide by reaches nobody.
 */
export function eventAudience(event: LiveEvent): string | null {
  const data = (event.data ?? null) as Record<string, unknown> | null;
  const field = (name: string) => (typeof data?.[name] === "string" ? (data[name] as string) : "");
  if (event.recordType === "notification") return field("userId");
  if (event.recordType === "saved_view" && data !== null && data.shared !== true) return field("ownerId");
  return null;
}
