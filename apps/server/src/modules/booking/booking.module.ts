import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { availabilityRoutes } from "./availability/availability.routes";
import { bookingActionRoutes } from "./bookings/booking-actions.routes";
import { bookingRoutes } from "./bookings/bookings.routes";
import { calendarFeedRoutes } from "./calendar/calendar.routes";
import { registerChallengeExpiry } from "./challenges/challenge-expiry.job";
import { profileRoutes } from "./profiles/profiles.routes";
import { resourceRoutes } from "./resources/resources.routes";
import { schedulerRoutes } from "./scheduler/scheduler.routes";
import { staffingRoutes } from "./staffing/staffing.routes";
import { timelineRoutes } from "./timeline/timeline.routes";
import { timeOffRoutes } from "./time-off/time-off.routes";
import { utilizationRoutes } from "./utilization/utilization.routes";

const routeGroups = [
  profileRoutes,
  timeOffRoutes,
  resourceRoutes,
  bookingRoutes,
  bookingActionRoutes,
  availabilityRoutes,
  staffingRoutes,
  utilizationRoutes,
  schedulerRoutes,
  calendarFeedRoutes,
  timelineRoutes,
];

/**
 * People, resources and booking (SPEC BOOK): profiles, time off, rooms, bookings, holds and
 * challenges (with the expiry job), availability, staffing, utilization, scheduler, iCal.
 */
export function registerBookingModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of routeGroups) await app.register(routes(deps));
    await registerChallengeExpiry(deps);
  };
}
