import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import {
  addPlaylistItemsBody,
  createPlaylistBody,
  playlistDetailSchema,
  playlistItemParams,
  playlistListQuery,
  playlistSchema,
  reorderPlaylistBody,
  updatePlaylistBody,
} from "@backlot/contracts/tracking/playlists";
import { projectParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { presentPlaylist, presentPlaylistDetail } from "./playlists.presenter";
import { listPlaylists } from "./playlists.repo";
import { addPlaylistItems, createPlaylist, removePlaylistItem, reorderPlaylist, requirePlaylist, updatePlaylist } from "./playlists.service";

const tags = ["Playlists"];
const one = "/organizations/:orgId/playlists/:id";

/** Playlists for dailies (TRK-7): reviewers build them; everyone on staff can watch them. */
export function playlistRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/projects/:projectId/playlists",
      {
        schema: {
          tags,
          summary: "A project's playlists, newest first",
          params: projectParams,
          querystring: playlistListQuery,
          response: { 200: pageOf(playlistSchema) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const [before] = (decodeCursor(request.query.cursor, 1) as [string] | null) ?? [null];
        const rows = await listPlaylists(db, orgId, projectId, { archived: request.query.archived, before, limit: request.query.limit + 1 });
        const page = toPage(rows, request.query.limit, (r) => [r.id]);
        return { items: page.items.map(presentPlaylist), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/organizations/:orgId/projects/:projectId/playlists",
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Create a playlist (optionally with versions)",
          params: projectParams,
          body: createPlaylistBody,
          response: { 201: playlistDetailSchema },
        },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "review.manage");
        return reply.status(201).send(await createPlaylist(db, requireActor(request), orgId, projectId, request.body));
      },
    );

    app.get(
      one,
      { schema: { tags, summary: "A playlist with its versions in order", params: orgRecordParams, response: { 200: playlistDetailSchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "tracking.read");
        return presentPlaylistDetail(db, await requirePlaylist(db, request.params.orgId, request.params.id));
      },
    );

    app.patch(
      one,
      {
        schema: {
          tags,
          summary: "Rename, date, archive or restore a playlist",
          params: orgRecordParams,
          body: updatePlaylistBody,
          response: { 200: playlistDetailSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return updatePlaylist(db, requireActor(request), request.params.orgId, request.params.id, request.body);
      },
    );

    app.post(
      `${one}/items`,
      {
        schema: {
          tags,
          summary: "Append versions to a playlist",
          params: orgRecordParams,
          body: addPlaylistItemsBody,
          response: { 200: playlistDetailSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return addPlaylistItems(db, requireActor(request), request.params.orgId, request.params.id, request.body.versionIds);
      },
    );

    app.put(
      `${one}/items`,
      {
        schema: {
          tags,
          summary: "Reorder a playlist (send all its version ids in the new order)",
          params: orgRecordParams,
          body: reorderPlaylistBody,
          response: { 200: playlistDetailSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return reorderPlaylist(db, requireActor(request), request.params.orgId, request.params.id, request.body.versionIds);
      },
    );

    app.delete(
      `${one}/items/:versionId`,
      { schema: { tags, summary: "Remove a version from a playlist", params: playlistItemParams, response: { 200: playlistDetailSchema } } },
      async (request) => {
        const { orgId, id, versionId } = request.params;
        await requireAccess(db, request, orgId, "review.manage");
        return removePlaylistItem(db, requireActor(request), orgId, id, versionId);
      },
    );
  };
}
