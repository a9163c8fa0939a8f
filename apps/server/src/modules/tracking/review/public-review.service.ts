import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { PublicReview, publicNoteBody, publicReviewNoteSchema } from "@backlot/contracts/tracking/review-links";
import { reviewPasswordHeader } from "@backlot/contracts/tracking/review-links";
import type { z } from "zod";
import { withChanges } from "../../../platform/audit/changes";
import type { Db, Queryable } from "../../../platform/db/pool";
import { users } from "../../../platform/db/schema";
import { AppError, notFound } from "../../../platform/http/app-error";
import { addComment } from "../../core/comments/comments.service";
import { plainText, renderMarkdown } from "../../core/comments/markdown";
import { requireProject } from "../projects/projects.service";
import { comments, playlistItems, type reviewLinks, versions } from "../tracking.schema";
import { mediaKey, sameKey, verifyLinkPassword } from "./link-secrets";
import { presentPlaylistDetail } from "./playlists.presenter";
import type { PlaylistRow } from "./playlists.repo";
import { requirePlaylist } from "./playlists.service";
import { findLinkByToken } from "./review-links.service";
import { getVersion } from "./versions.repo";
import { applyReview, notifyReview, statusWords, titleOf } from "./versions.service";

type LinkRow = typeof reviewLinks.$inferSelect;
type PublicNote = z.infer<typeof publicReviewNoteSchema>;
export type OpenLink = { link: LinkRow; playlist: PlaylistRow };

const passwordProblem = (message: string) => new AppError("unauthenticated", 401, message, { errors: [{ path: `headers.${reviewPasswordHeader}`, message }] });

/** A usable link: known, not revoked, not expired, its playlist still shared. */
async function activeLink(db: Queryable, token: string): Promise<OpenLink> {
  const link = await findLinkByToken(db, token);
  if (!link) throw notFound("Review link");
  if (link.revokedAt) throw new AppError("not_found", 404, "This review link was revoked");
  if (link.expiresAt && link.expiresAt <= new Date()) throw new AppError("not_found", 404, "This review link has expired");
  const playlist = await requirePlaylist(db, link.organizationId, link.playlistId);
  if (playlist.archivedAt) throw new AppError("not_found", 404, "This playlist is no longer shared");
  return { link, playlist };
}

/** Opens a link with its password (when it has one). */
export async function openLink(db: Queryable, token: string, password: string | undefined): Promise<OpenLink> {
  const open = await activeLink(db, token);
  if (open.link.passwordHash) {
    if (!password) throw passwordProblem("This review link needs its password");
    if (!(await verifyLinkPassword(password, open.link.passwordHash))) throw passwordProblem("The password is not right");
  }
  return open;
}

/** A file is reachable through a link only when a version of its playlist shows it. */
export async function openLinkFile(db: Queryable, token: string, fileId: string, key: string | undefined): Promise<OpenLink> {
  const open = await activeLink(db, token);
  if (open.link.passwordHash && !(key && sameKey(key, mediaKey(open.link, fileId)))) throw passwordProblem("Open the review page with its password first");
  const [shown] = await db
    .select({ id: versions.id })
    .from(playlistItems)
    .innerJoin(versions, and(eq(versions.organizationId, playlistItems.organizationId), eq(versions.id, playlistItems.versionId)))
    .where(and(eq(playlistItems.organizationId, open.link.organizationId), eq(playlistItems.playlistId, open.playlist.id), eq(versions.fileId, fileId)))
    .limit(1);
  if (!shown) throw notFound("File");
  return open;
}

async function clientNotes(db: Queryable, organizationId: string, versionIds: string[]): Promise<Map<string, PublicNote[]>> {
  const notes = new Map<string, PublicNote[]>();
  if (versionIds.length === 0) return notes;
  const rows = await db
    .select({ id: comments.id, recordId: comments.recordId, body: comments.body, createdAt: comments.createdAt, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.organizationId, organizationId),
        eq(comments.recordType, "version"),
        inArray(comments.recordId, versionIds),
        eq(comments.clientVisible, true),
        isNull(comments.deletedAt),
      ),
    )
    .orderBy(asc(comments.id));
  for (const r of rows) {
    const list = notes.get(r.recordId) ?? [];
    list.push({ id: r.id, bodyHtml: renderMarkdown(r.body).html, authorName: r.authorName ?? "Client", createdAt: r.createdAt.toISOString() });
    notes.set(r.recordId, list);
  }
  return notes;
}

/** What the client sees: the playlist's versions, their media and the client-visible notes only. */
export async function presentPublicReview(db: Queryable, token: string, open: OpenLink): Promise<PublicReview> {
  const { link, playlist } = open;
  const detail = await presentPlaylistDetail(db, playlist);
  const project = await requireProject(db, link.organizationId, playlist.projectId);
  const notes = await clientNotes(
    db,
    link.organizationId,
    detail.items.map((v) => v.id),
  );
  const base = `/api/v1/review/${encodeURIComponent(token)}/files`;
  const query = (fileId: string) => (link.passwordHash ? `?key=${mediaKey(link, fileId)}` : "");
  return {
    playlist: { name: playlist.name, reviewDate: playlist.reviewDate, projectName: project.name },
    expiresAt: link.expiresAt?.toISOString() ?? null,
    items: detail.items.map((v) => ({
      versionId: v.id,
      label: v.label,
      entityCode: v.entityCode,
      taskName: v.taskName,
      description: v.description,
      reviewStatus: v.reviewStatus,
      createdAt: v.createdAt,
      media: v.file
        ? {
            name: v.file.originalName,
            contentType: v.file.contentType,
            width: v.file.width,
            height: v.file.height,
            contentUrl: `${base}/${v.file.id}/content${query(v.file.id)}`,
            thumbnailUrl: v.file.hasThumbnail ? `${base}/${v.file.id}/thumbnail${query(v.file.id)}` : null,
          }
        : null,
      notes: notes.get(v.id) ?? [],
    })),
  };
}

const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&");

/**
 * A client's note on one version of the link's playlist, optionally with their decision.
 * Clients cannot @mention: mention syntax in their text stays plain text.
 */
export async function addClientNote(db: Db, open: OpenLink, versionId: string, body: z.output<typeof publicNoteBody>): Promise<PublicNote> {
  const { link, playlist } = open;
  const organizationId = link.organizationId;
  return withChanges(db, null, async (tx, record) => {
    const [item] = await tx
      .select({ versionId: playlistItems.versionId })
      .from(playlistItems)
      .where(and(eq(playlistItems.organizationId, organizationId), eq(playlistItems.playlistId, playlist.id), eq(playlistItems.versionId, versionId)));
    const row = item ? await getVersion(tx, organizationId, versionId) : null;
    if (!row) throw notFound("Version");
    if (body.reviewStatus) await applyReview(tx, record, { organizationId, row, status: body.reviewStatus, actor: null });
    const decision = body.reviewStatus ? ` · ${statusWords[body.reviewStatus]}` : "";
    const text = `**${escapeMarkdown(body.name)}** (client${decision})\n\n${plainText(body.body).replaceAll("@[", "@\\[")}`;
    const target = {
      recordType: "version" as const,
      recordId: versionId,
      label: titleOf(row),
      projectId: row.version.projectId,
      readAction: "tracking.read" as const,
    };
    const note = await addComment(tx, record, { organizationId, author: null, target, body: text, clientVisible: true, attachmentIds: [] });
    const what = body.reviewStatus ? `set ${titleOf(row)} to ${statusWords[body.reviewStatus]}` : `left a note on ${titleOf(row)}`;
    await notifyReview(tx, record, row, {
      actorId: null,
      title: `${body.name} (client) ${what}`,
      note: body.body,
      userIds: [row.version.submittedBy, link.createdBy],
    });
    return { id: note.id, bodyHtml: note.bodyHtml, authorName: "Client", createdAt: note.createdAt };
  });
}
