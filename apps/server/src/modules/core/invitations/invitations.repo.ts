import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { invitations, memberships, organizations, users } from "../../../platform/db/schema";
import type { InvitationRow } from "./invitations.presenter";

/** Invitations not yet accepted or revoked (pending and expired), newest first. */
export async function listOpenInvitations(db: Queryable, organizationId: string): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
}

export async function getInvitation(db: Queryable, organizationId: string, id: string): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
  return row ?? null;
}

/** Looks an invitation up by its link secret; the only lookup that is not scoped first. */
export async function getInvitationByTokenHash(db: Queryable, tokenHash: string, forUpdate = false) {
  const query = db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash));
  const [row] = forUpdate ? await query.for("update", { of: invitations }) : await query;
  return row ?? null;
}

export async function isMemberByEmail(db: Queryable, organizationId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(sql`lower(${users.email})`, email.toLowerCase())));
  return Boolean(row);
}
