import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { bookingActionRoutes } from "./bookings/booking-actions.routes";
import { bookingRoutes } from "./bookings/bookings.routes";
import { registerChallengeExpiry } from "./challenges/challenge-expiry.job";
import { profileRoutes } from "./profiles/profiles.routes";
import { resourceRoutes } from "./resources/resources.routes";
import { timeOffRoutes } from "./time-off/time-off.routes";

/** People, resources and booking (SPEC BOOK): profiles, time off, rooms, bookings, holds and challenges. */
export function registerBookingModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of [profileRoutes, timeOffRoutes, resourceRoutes, bookingRoutes, bookingActionRoutes]) {
      await app.register(routes(deps));
    }
    await registerChallengeExpiry(deps);
  };
}
