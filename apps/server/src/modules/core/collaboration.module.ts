import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { commentRoutes } from "./comments/comments.routes";
import { fileRoutes } from "./files/files.routes";
import { notificationRoutes } from "./notifications/notifications.routes";

/** Collaboration on any record: files (CORE-8), comments (CORE-5) and the inbox (CORE-9). */
export function registerCollaborationModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of [fileRoutes, commentRoutes, notificationRoutes]) {
      await app.register(routes(deps));
    }
  };
}
