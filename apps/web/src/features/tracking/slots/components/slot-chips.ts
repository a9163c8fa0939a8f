import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { initials } from "../../../../lib/format";

/** A role slot as an assignee: initials of whoever fills it, or of the role when it is open. */
export type SlotChip = { id: string; label: string; initials: string; open: boolean };

export function toSlotChip(s: RoleSlot): SlotChip {
  return s.personName
    ? { id: s.id, label: `${s.personName} · ${s.displayName}`, initials: initials(s.personName), open: false }
    : { id: s.id, label: `${s.displayName} (open)`, initials: initials(s.displayName), open: true };
}

/** Assignable slots: not archived, in team order. */
export function slotChips(slots: RoleSlot[] | undefined): SlotChip[] {
  return (slots ?? []).filter((s) => !s.archivedAt).map(toSlotChip);
}
