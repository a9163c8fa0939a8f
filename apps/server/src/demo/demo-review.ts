import { Readable } from "node:stream";
import { createCommentBody } from "@backlot/contracts/core/comments";
import { createPlaylistBody } from "@backlot/contracts/tracking/playlists";
import { createReviewLinkBody } from "@backlot/contracts/tracking/review-links";
import { updateTaskBody } from "@backlot/contracts/tracking/tasks";
import { createVersionBody, reviewVersionBody, type Version } from "@backlot/contracts/tracking/versions";
import type { Deps } from "../platform/deps";
import { createComment } from "../modules/core/comments/comments.service";
import { saveFile } from "../modules/core/files/files.service";
import { registerTrackingCommentTargets } from "../modules/tracking/review/comment-targets";
import { createPlaylist } from "../modules/tracking/review/playlists.service";
import { createReviewLink } from "../modules/tracking/review/review-links.service";
import { createVersion, reviewVersion } from "../modules/tracking/review/versions.service";
import { getTask } from "../modules/tracking/tasks/tasks.repo";
import { updateTask } from "../modules/tracking/tasks/tasks.service";
import { inPool, loadStage, mention, type Player, type ReviewStage, taskOf } from "./demo-cast";
import { renderFrame } from "./demo-frames";
import { seedDemoTime } from "./demo-time";

/** Notes from last night's dailies: these shots went back and are up again as v002. */
const retakes: Record<string, string> = {
  HBR_0020: "Mara's hair edge is buzzing against the sky. Pull the key in a touch and re-grain the edge.",
  HBR_0050: "The lantern flare is a stop too hot and its ghost lands on the gull. Bring it down and lose the ghost.",
  HBR_0090: "The water reflection is sliding against the plate from 1030 on. Check the track before we look at grade.",
};
const firstPass = "First comp pass: plate graded to the HBR look, harbour lights and their reflections in.";
const fxDeliveries = ["STM_0010", "STM_0020"];

/**
 * Review for the demo show (TRK-7, TRK-9, CORE-5, CORE-9): Mia's compositing versions with
 * rendered frames, tonight's dailies half reviewed by Max, a question-and-answer thread, a client
 * link and a week of Mia's time. Everything goes through the services the routes use, so the
 * tasks, notifications and audit history are what the same clicks would have made.
 */
export async function seedDemoReview(deps: Deps, organizationId: string) {
  // First start seeds before the routes (which register comment targets) are built.
  registerTrackingCommentTargets();
  const stage = await loadStage(deps, organizationId);
  const comps = stage.tasks
    .filter((t) => t.taskTypeName === "Compositing" && t.statusId === stage.statusId("rev"))
    .sort((a, b) => (a.entityCode ?? "").localeCompare(b.entityCode ?? ""));
  const shots = comps.map((t) => t.entityCode as string);
  const frames = renderAll(stage, shots);
  const latest = [
    ...(await inPool(shots, 3, (shot) => compVersions(stage, shot, frames))),
    ...(await inPool(fxDeliveries, 2, (shot) => fxDelivery(stage, shot, frames))),
  ];
  const playlist = await runDailies(stage, latest);
  await taskThread(stage);
  const link = createReviewLinkBody.parse({ expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString() });
  await createReviewLink(deps.db, stage.supervisor, deps.config.publicUrl, organizationId, playlist.id, link);
  await seedDemoTime(stage, comps);
}

type Frames = Map<string, Promise<Buffer>>;
const frameKey = (shot: string, step: string, n: number) => `${shot}/${step}/${n}`;

/**
 * Starts rendering every frame in the order they are submitted, two at a time (sharp is
 * CPU-bound; two cores is the small box), so versions are saved while later frames render.
 */
function renderAll(stage: ReviewStage, shots: string[]): Frames {
  const artist = stage.artist.name;
  const specs = [
    ...shots.flatMap((shot) => [1, ...(retakes[shot] ? [2] : [])].map((version) => ({ shot, step: "Compositing", version, artist }))),
    ...fxDeliveries.map((shot) => ({ shot, step: "FX", version: 1, artist: "Tidewater FX" })),
  ];
  const frames: Frames = new Map();
  const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  for (const [i, spec] of specs.entries()) {
    const frame = 1001 + ((Number(spec.shot.slice(-4)) * 7) % 60);
    const job = (lanes[i % 2] as Promise<unknown>).then(() => renderFrame({ ...spec, frame, date: stage.today }));
    // A failed frame fails its submit, which is awaited; the lane itself carries on.
    lanes[i % 2] = job.catch(() => undefined);
    frames.set(frameKey(spec.shot, spec.step, spec.version), job);
  }
  return frames;
}

/** Saves the frame as an upload would (file row, stored bytes, thumbnail), then submits the version. */
async function submit(stage: ReviewStage, who: Player, at: { shot: string; step: string; n: number }, frames: Frames, description: string): Promise<Version> {
  const { deps, organizationId } = stage;
  const content = await frames.get(frameKey(at.shot, at.step, at.n));
  if (!content) throw new Error(`no demo frame for ${at.shot} ${at.step} v${at.n}`);
  const uploadDeps = { db: deps.db, storage: deps.storage, log: deps.log, uploadLimit: deps.config.uploadLimit };
  const fileName = `HBL_${at.shot}_${at.step.toLowerCase()}_v${String(at.n).padStart(3, "0")}.jpg`;
  const file = await saveFile(uploadDeps, who, organizationId, { fileName, content: Readable.from([content]) });
  const task = taskOf(stage, at.shot, at.step);
  return createVersion(deps.db, who, organizationId, task.id, createVersionBody.parse({ fileId: file.id, description }));
}

/** Puts a task (back) up for review after a new version, as its artist or coordinator would. */
async function backToReview(stage: ReviewStage, who: Player, taskId: string) {
  const task = await getTask(stage.deps.db, stage.organizationId, taskId);
  if (!task) throw new Error("demo task vanished");
  await updateTask(stage.deps.db, who, stage.scope, taskId, updateTaskBody.parse({ statusId: stage.statusId("rev"), version: task.version }));
}

async function compVersions(stage: ReviewStage, shot: string, frames: Frames): Promise<Version> {
  const first = await submit(stage, stage.artist, { shot, step: "Compositing", n: 1 }, frames, firstPass);
  const note = retakes[shot];
  if (!note) return first;
  const review = reviewVersionBody.parse({ reviewStatus: "retake", note, version: first.version });
  await reviewVersion(stage.deps.db, stage.supervisor, stage.organizationId, first.id, review);
  const second = await submit(
    stage,
    stage.artist,
    { shot, step: "Compositing", n: 2 },
    frames,
    "v002 for last night's note: edge and grade fixes as asked, full range re-rendered.",
  );
  await backToReview(stage, stage.artist, first.taskId);
  return second;
}

/** A vendor's FX delivery, ingested by the coordinator and put up for review. */
async function fxDelivery(stage: ReviewStage, shot: string, frames: Frames): Promise<Version> {
  const description = "Tidewater FX delivery: storm sea and spray sim, first look for layout and timing.";
  const version = await submit(stage, stage.coordinator, { shot, step: "FX", n: 1 }, frames, description);
  await backToReview(stage, stage.coordinator, version.taskId);
  return version;
}

/** Tonight's dailies: Max has approved one shot and sent one back (mentioning Mia); the rest wait. */
async function runDailies(stage: ReviewStage, versions: Version[]) {
  const { deps, organizationId, supervisor } = stage;
  const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "short", timeZone: stage.timeZone }).format(new Date());
  const body = createPlaylistBody.parse({ name: `Dailies — ${weekday}`, reviewDate: stage.today, versionIds: versions.map((v) => v.id) });
  const playlist = await createPlaylist(deps.db, supervisor, organizationId, stage.scope.projectId, body);
  // The approval is shared with the client (their review link shows it); the retake stays in-house.
  const decide = (v: Version | undefined, reviewStatus: "approved" | "retake", note: string) => {
    if (!v) throw new Error("a demo dailies version is missing");
    const review = reviewVersionBody.parse({ reviewStatus, note, noteClientVisible: reviewStatus === "approved", version: v.version });
    return reviewVersion(deps.db, supervisor, organizationId, v.id, review);
  };
  const byShot = (code: string) => versions.find((v) => v.entityCode === code);
  await decide(byShot("HBR_0010"), "approved", "Final. The dusk glow on the water is exactly the look; this sets the bar for the sequence.");
  await decide(
    byShot("HBR_0040"),
    "retake",
    `${mention(stage.artist)} close, but the gull's wing edges chatter from 1040 on. Soften the matte and take the flare down half a stop, then back in tomorrow's session.`,
  );
  return playlist;
}

/** A question from the artist on a task and the supervisor's answer, as a thread. */
async function taskThread(stage: ReviewStage) {
  const { deps, supervisor, artist } = stage;
  const task = taskOf(stage, "HBR_0060", "Compositing");
  const ask = createCommentBody.parse({
    recordType: "task",
    recordId: task.id,
    body: `${mention(supervisor)} should the lantern glow on the water follow the plate's grade, or match the warmer look we approved on HBR_0010?`,
  });
  const question = await createComment(deps.db, artist, artist.access, ask);
  const reply = createCommentBody.parse({
    recordType: "task",
    recordId: task.id,
    parentId: question.id,
    body: `${mention(artist)} match HBR_0010: the whole sequence should read as one evening. Keep the plate's grade for the sky only.`,
  });
  await createComment(deps.db, supervisor, supervisor.access, reply);
}
