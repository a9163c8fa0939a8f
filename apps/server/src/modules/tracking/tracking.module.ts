import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { configRoutes } from "./config/config.routes";
import { csvRoutes } from "./csv/csv.routes";
import { entityRoutes } from "./entities/entities.routes";
import { fieldRoutes } from "./fields/fields.routes";
import { gridRoutes } from "./grid/grid.routes";
import { projectRoutes } from "./projects/projects.routes";
import { registerReviewModule } from "./review.module";
import { slotRoutes } from "./slots/slots.routes";
import { taskRoutes } from "./tasks/tasks.routes";

/** Production tracking (SPEC TRK): projects, configuration, role slots, entities, tasks, review. */
export function registerTrackingModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of [projectRoutes, configRoutes, slotRoutes, fieldRoutes, entityRoutes, taskRoutes, gridRoutes, csvRoutes]) {
      await app.register(routes(deps));
    }
    await app.register(registerReviewModule(deps));
  };
}
