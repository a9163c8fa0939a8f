import { uuidv7 } from "uuidv7";
import { expect } from "vitest";
import { notifications } from "../../src/modules/tracking/tracking.schema";
import { as, createPerson } from "../factories";
import { createVfxProject, createShotTask, pngImage, upload } from "../review-fixtures";
import type { IsolationCases } from "./isolation-cases";

/** Files, comments, inbox, versions, playlists, review links, time logs and saved views. */
export const reviewCases: IsolationCases = {
  async setup({ app, owner, orgId, db }) {
    const call = as(app, owner);
    const o = `/api/v1/organizations/${orgId}`;
    const setup = await createVfxProject(app, owner, orgId, "REV");
    const { taskId } = await createShotTask(app, owner, orgId, setup, "SH010");
    const file = await upload(app, owner, orgId, await pngImage(32, 18), "plate.png");
    const version = (await call({ method: "POST", url: `${o}/tasks/${taskId}/versions`, body: { fileId: file.id, description: "First" } })).json();
    const playlist = (
      await call({ method: "POST", url: `${o}/projects/${setup.project.id}/playlists`, body: { name: "Dailies", versionIds: [version.id] } })
    ).json();
    const link = (await call({ method: "POST", url: `${o}/playlists/${playlist.id}/review-links`, body: {} })).json();
    const comment = (await call({ method: "POST", url: `${o}/comments`, body: { recordType: "version", recordId: version.id, body: "Looks good" } })).json();
    const notificationId = uuidv7();
    await db
      .insert(notifications)
      .values({ organizationId: orgId, id: notificationId, userId: owner.id, kind: "mention", recordType: "version", recordId: version.id, title: "Ping" });
    const person = await createPerson(app, owner, orgId, { displayName: "Owner Person", userId: owner.id });
    const timeLog = (await call({ method: "POST", url: `${o}/time-logs`, body: { taskId, day: "2026-03-02", minutes: 90 } })).json();
    const view = (await call({ method: "POST", url: `${o}/saved-views`, body: { name: "Mine", viewKind: "grid", config: { columns: ["code"] } } })).json();
    return {
      projectId: setup.project.id,
      taskId,
      fileId: file.id,
      versionId: version.id,
      playlistId: playlist.id,
      linkId: link.id,
      commentId: comment.id,
      notificationId,
      personId: person.id,
      timeLogId: timeLog.id,
      viewId: view.id,
    };
  },
  requests: (v) => {
    const o = `/api/v1/organizations/${v.orgId}`;
    const r = "/api/v1/organizations/{orgId}";
    return {
      [`POST ${r}/files`]: () => ({ url: `${o}/files`, body: {} }),
      [`GET ${r}/files/{id}`]: () => ({ url: `${o}/files/${v.fileId}` }),
      [`GET ${r}/files/{id}/content`]: () => ({ url: `${o}/files/${v.fileId}/content` }),
      [`GET ${r}/files/{id}/thumbnail`]: () => ({ url: `${o}/files/${v.fileId}/thumbnail` }),
      [`GET ${r}/comments`]: () => ({ url: `${o}/comments?recordType=version&recordId=${v.versionId}` }),
      [`POST ${r}/comments`]: () => ({ url: `${o}/comments`, body: { recordType: "version", recordId: v.versionId, body: "Planted" } }),
      [`GET ${r}/comments/{id}`]: () => ({ url: `${o}/comments/${v.commentId}` }),
      [`PATCH ${r}/comments/{id}`]: () => ({ url: `${o}/comments/${v.commentId}`, body: { version: 1, body: "Taken" } }),
      [`DELETE ${r}/comments/{id}`]: () => ({ url: `${o}/comments/${v.commentId}` }),
      [`GET ${r}/notifications`]: () => ({ url: `${o}/notifications` }),
      [`GET ${r}/notifications/unread-count`]: () => ({ url: `${o}/notifications/unread-count` }),
      [`POST ${r}/notifications/read-all`]: () => ({ url: `${o}/notifications/read-all` }),
      [`POST ${r}/notifications/{id}/read`]: () => ({ url: `${o}/notifications/${v.notificationId}/read` }),
      [`POST ${r}/notifications/{id}/unread`]: () => ({ url: `${o}/notifications/${v.notificationId}/unread` }),
      [`GET ${r}/tasks/{taskId}/versions`]: () => ({ url: `${o}/tasks/${v.taskId}/versions` }),
      [`POST ${r}/tasks/{taskId}/versions`]: () => ({ url: `${o}/tasks/${v.taskId}/versions`, body: { description: "Planted" } }),
      [`GET ${r}/projects/{projectId}/versions`]: () => ({ url: `${o}/projects/${v.projectId}/versions` }),
      [`GET ${r}/versions/{id}`]: () => ({ url: `${o}/versions/${v.versionId}` }),
      [`PATCH ${r}/versions/{id}`]: () => ({ url: `${o}/versions/${v.versionId}`, body: { version: 1, description: "Taken" } }),
      [`POST ${r}/versions/{id}/review`]: () => ({ url: `${o}/versions/${v.versionId}/review`, body: { version: 1, reviewStatus: "approved" } }),
      [`GET ${r}/projects/{projectId}/playlists`]: () => ({ url: `${o}/projects/${v.projectId}/playlists` }),
      [`POST ${r}/projects/{projectId}/playlists`]: () => ({ url: `${o}/projects/${v.projectId}/playlists`, body: { name: "Planted" } }),
      [`GET ${r}/playlists/{id}`]: () => ({ url: `${o}/playlists/${v.playlistId}` }),
      [`PATCH ${r}/playlists/{id}`]: () => ({ url: `${o}/playlists/${v.playlistId}`, body: { version: 1, name: "Taken" } }),
      [`POST ${r}/playlists/{id}/items`]: () => ({ url: `${o}/playlists/${v.playlistId}/items`, body: { versionIds: [v.versionId] } }),
      [`PUT ${r}/playlists/{id}/items`]: () => ({ url: `${o}/playlists/${v.playlistId}/items`, body: { versionIds: [v.versionId] } }),
      [`DELETE ${r}/playlists/{id}/items/{versionId}`]: () => ({ url: `${o}/playlists/${v.playlistId}/items/${v.versionId}` }),
      [`GET ${r}/playlists/{id}/review-links`]: () => ({ url: `${o}/playlists/${v.playlistId}/review-links` }),
      [`POST ${r}/playlists/{id}/review-links`]: () => ({ url: `${o}/playlists/${v.playlistId}/review-links`, body: {} }),
      [`POST ${r}/review-links/{id}/revoke`]: () => ({ url: `${o}/review-links/${v.linkId}/revoke` }),
      [`GET ${r}/time-logs`]: () => ({ url: `${o}/time-logs` }),
      [`POST ${r}/time-logs`]: () => ({ url: `${o}/time-logs`, body: { taskId: v.taskId, personId: v.personId, day: "2026-03-03", minutes: 60 } }),
      [`PATCH ${r}/time-logs/{id}`]: () => ({ url: `${o}/time-logs/${v.timeLogId}`, body: { version: 1, minutes: 1 } }),
      [`DELETE ${r}/time-logs/{id}`]: () => ({ url: `${o}/time-logs/${v.timeLogId}` }),
      [`GET ${r}/timesheet`]: () => ({ url: `${o}/timesheet?personId=${v.personId}` }),
      [`GET ${r}/saved-views`]: () => ({ url: `${o}/saved-views` }),
      [`POST ${r}/saved-views`]: () => ({ url: `${o}/saved-views`, body: { name: "Planted", viewKind: "grid" } }),
      [`GET ${r}/saved-views/{id}`]: () => ({ url: `${o}/saved-views/${v.viewId}` }),
      [`PATCH ${r}/saved-views/{id}`]: () => ({ url: `${o}/saved-views/${v.viewId}`, body: { version: 1, name: "Taken" } }),
      [`DELETE ${r}/saved-views/{id}`]: () => ({ url: `${o}/saved-views/${v.viewId}` }),
    };
  },
  async verifyUnchanged({ app, owner, orgId }, ids) {
    const get = async (path: string) => (await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}${path}` })).json();
    expect(
      (await get(`/tasks/${ids.taskId}/versions`)).items.map((v: { version: number; reviewStatus: string; description: string }) => [
        v.version,
        v.reviewStatus,
        v.description,
      ]),
    ).toEqual([[1, "pending_review", "First"]]);
    const playlist = await get(`/playlists/${ids.playlistId}`);
    expect([playlist.name, playlist.version, playlist.items.length]).toEqual(["Dailies", 1, 1]);
    expect((await get(`/playlists/${ids.playlistId}/review-links`)).items.map((l: { active: boolean }) => l.active)).toEqual([true]);
    const comments = await get(`/comments?recordType=version&recordId=${ids.versionId}`);
    expect(comments.items.map((c: { body: string; version: number }) => [c.body, c.version])).toEqual([["Looks good", 1]]);
    expect((await get("/notifications/unread-count")).count).toBe(1);
    expect((await get("/time-logs")).items.map((l: { minutes: number; version: number }) => [l.minutes, l.version])).toEqual([[90, 1]]);
    expect((await get("/saved-views")).items.map((s: { name: string; version: number }) => [s.name, s.version])).toEqual([["Mine", 1]]);
    expect((await get(`/files/${ids.fileId}`)).id).toBe(ids.fileId);
  },
};
