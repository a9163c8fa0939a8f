import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { registerTrackingCommentTargets } from "./review/comment-targets";
import { playlistRoutes } from "./review/playlists.routes";
import { publicReviewRoutes } from "./review/public-review.routes";
import { reviewLinkRoutes } from "./review/review-links.routes";
import { versionRoutes } from "./review/versions.routes";
import { timeLogRoutes } from "./time/time-logs.routes";
import { savedViewRoutes } from "./views/saved-views.routes";

/** Review (versions, playlists, client links), time logs and saved views (TRK-7, TRK-9, CORE-14). */
export function registerReviewModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    registerTrackingCommentTargets();
    for (const routes of [versionRoutes, playlistRoutes, reviewLinkRoutes, publicReviewRoutes, timeLogRoutes, savedViewRoutes]) {
      await app.register(routes(deps));
    }
  };
}
