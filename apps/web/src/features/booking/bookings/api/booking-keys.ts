/** Query keys of the booking area, all under ["org", orgId] so a live resync refreshes them. */
export const bookingKeys = {
  all: (orgId: string) => ["org", orgId, "booking"] as const,
  /** Every scheduler window, whatever its range and filters. */
  windows: (orgId: string) => ["org", orgId, "booking", "scheduler"] as const,
  availability: (orgId: string) => ["org", orgId, "booking", "availability"] as const,
  skills: (orgId: string) => ["org", orgId, "booking", "skills"] as const,
  challenges: (orgId: string) => ["org", orgId, "booking", "challenges"] as const,
  detail: (orgId: string, id: string) => ["org", orgId, "booking", "detail", id] as const,
  events: (orgId: string, id: string) => ["org", orgId, "booking", "events", id] as const,
  projects: (orgId: string) => ["org", orgId, "booking", "projects"] as const,
};
