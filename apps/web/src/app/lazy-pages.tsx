import { type ComponentType, lazy } from "react";

/**
 * Every page outside the sign-in page and the app shell is its own chunk, loaded when its route
 * is first shown (or earlier: `preloadSection` on hovering a navigation link). Each loader is a
 * plain `import()`, so calling it again returns the module already fetched.
 */
const loaders = {
  forgotPassword: () => import("../features/auth/components/forgot-password-page"),
  resetPassword: () => import("../features/auth/components/reset-password-page"),
  signUp: () => import("../features/auth/components/sign-up-page"),
  acceptInvitation: () => import("../features/invitations/components/accept-invitation-page"),
  publicReview: () => import("../features/tracking/review/components/public-review-page"),
  createOrganization: () => import("../features/organizations/components/create-organization-page"),
  projects: () => import("../features/tracking/projects/components/projects-page"),
  project: () => import("../features/tracking/projects/components/project-page"),
  dailiesReview: () => import("../features/tracking/review/components/dailies-review-page"),
  myTasks: () => import("../features/tracking/tasks/components/my-tasks-page"),
  inbox: () => import("../features/inbox/components/inbox-page"),
  timesheet: () => import("../features/tracking/timesheet/components/timesheet-page"),
  bookingLayout: () => import("../features/booking/booking-layout"),
  scheduler: () => import("../features/booking/scheduler/components/scheduler-page"),
  utilization: () => import("../features/booking/utilization/components/utilization-page"),
  resources: () => import("../features/booking/resources/components/resources-page"),
  holidays: () => import("../features/booking/holidays/components/holidays-page"),
  comingSoon: () => import("../features/modules/components/coming-soon-page"),
  people: () => import("../features/people/components/people-page"),
  personDetail: () => import("../features/people/components/person-detail-page"),
  settings: () => import("../features/settings/components/settings-page"),
};

/** A named export of a lazily loaded module, as a component React can suspend on. */
function page<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const ForgotPasswordPage = page(loaders.forgotPassword, "ForgotPasswordPage");
export const ResetPasswordPage = page(loaders.resetPassword, "ResetPasswordPage");
export const SignUpPage = page(loaders.signUp, "SignUpPage");
export const AcceptInvitationPage = page(loaders.acceptInvitation, "AcceptInvitationPage");
export const PublicReviewPage = page(loaders.publicReview, "PublicReviewPage");
export const CreateOrganizationPage = page(loaders.createOrganization, "CreateOrganizationPage");
export const ProjectsPage = page(loaders.projects, "ProjectsPage");
export const ProjectPage = page(loaders.project, "ProjectPage");
export const DailiesReviewPage = page(loaders.dailiesReview, "DailiesReviewPage");
export const MyTasksPage = page(loaders.myTasks, "MyTasksPage");
export const InboxPage = page(loaders.inbox, "InboxPage");
export const TimesheetPage = page(loaders.timesheet, "TimesheetPage");
export const BookingLayout = page(loaders.bookingLayout, "BookingLayout");
export const SchedulerPage = page(loaders.scheduler, "SchedulerPage");
export const UtilizationPage = page(loaders.utilization, "UtilizationPage");
export const ResourcesPage = page(loaders.resources, "ResourcesPage");
export const HolidaysPage = page(loaders.holidays, "HolidaysPage");
export const ComingSoonPage = page(loaders.comingSoon, "ComingSoonPage");
export const PeoplePage = page(loaders.people, "PeoplePage");
export const PersonDetailPage = page(loaders.personDetail, "PersonDetailPage");
export const SettingsPage = page(loaders.settings, "SettingsPage");

/** What each main-navigation section shows first, by its path under /o/:orgId. */
const sections: Record<string, (() => Promise<unknown>)[]> = {
  tracking: [loaders.projects],
  "my-tasks": [loaders.myTasks],
  booking: [loaders.bookingLayout, loaders.scheduler],
  shows: [loaders.comingSoon],
  film: [loaders.comingSoon],
  timesheet: [loaders.timesheet],
  inbox: [loaders.inbox],
  people: [loaders.people],
  settings: [loaders.settings],
};

/** Starts fetching a section's code (on hover or focus of its link); a failure is left to the route. */
export function preloadSection(path: string) {
  for (const load of sections[path] ?? []) load().catch(() => {});
}
