import { Navigate, createBrowserRouter } from "react-router";
import { ForgotPasswordPage } from "../features/auth/components/forgot-password-page";
import { ResetPasswordPage } from "../features/auth/components/reset-password-page";
import { SignInPage } from "../features/auth/components/sign-in-page";
import { SignUpPage } from "../features/auth/components/sign-up-page";
import { AcceptInvitationPage } from "../features/invitations/components/accept-invitation-page";
import { InboxPage } from "../features/inbox/components/inbox-page";
import { HolidaysPage } from "../features/booking/holidays/components/holidays-page";
import { ResourcesPage } from "../features/booking/resources/components/resources-page";
import { ComingSoonPage } from "../features/modules/components/coming-soon-page";
import { CreateOrganizationPage } from "../features/organizations/components/create-organization-page";
import { PeoplePage } from "../features/people/components/people-page";
import { PersonDetailPage } from "../features/people/components/person-detail-page";
import { MyTasksPage } from "../features/tracking/tasks/components/my-tasks-page";
import { ProjectPage } from "../features/tracking/projects/components/project-page";
import { ProjectsPage } from "../features/tracking/projects/components/projects-page";
import { DailiesReviewPage } from "../features/tracking/review/components/dailies-review-page";
import { PublicReviewPage } from "../features/tracking/review/components/public-review-page";
import { TimesheetPage } from "../features/tracking/timesheet/components/timesheet-page";
import { SettingsPage } from "../features/settings/components/settings-page";
import { NotFoundPage } from "./not-found-page";
import { OrgLayout } from "./org-layout";
import { GuestOnly, HomeRedirect, RequireAuth } from "./route-guards";

export const router = createBrowserRouter([
  { path: "/", element: <HomeRedirect /> },
  {
    path: "/sign-in",
    element: (
      <GuestOnly>
        <SignInPage />
      </GuestOnly>
    ),
  },
  {
    path: "/sign-up",
    element: (
      <GuestOnly>
        <SignUpPage />
      </GuestOnly>
    ),
  },
  { path: "/forgot-password", element: <ForgotPasswordPage /> },
  { path: "/reset-password", element: <ResetPasswordPage /> },
  { path: "/invitations/accept", element: <AcceptInvitationPage /> },
  // A client's review link: no sign-in, outside the app shell.
  { path: "/review/:token", element: <PublicReviewPage /> },
  {
    path: "/welcome",
    element: (
      <RequireAuth>
        <CreateOrganizationPage first />
      </RequireAuth>
    ),
  },
  {
    path: "/organizations/new",
    element: (
      <RequireAuth>
        <CreateOrganizationPage />
      </RequireAuth>
    ),
  },
  {
    path: "/o/:orgId",
    element: (
      <RequireAuth>
        <OrgLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="people" replace /> },
      { path: "tracking", element: <ProjectsPage /> },
      { path: "tracking/projects/:projectId", element: <ProjectPage /> },
      { path: "tracking/projects/:projectId/:tab", element: <ProjectPage /> },
      { path: "my-tasks", element: <MyTasksPage /> },
      { path: "tracking/projects/:projectId/dailies/:playlistId", element: <DailiesReviewPage /> },
      { path: "inbox", element: <InboxPage /> },
      { path: "timesheet", element: <TimesheetPage /> },
      { path: "booking", element: <ComingSoonPage module="booking" /> },
      // Booking screens besides the scheduler; the lead nests them under the booking layout.
      // Charts (recharts) load only with the utilization page.
      {
        path: "booking/utilization",
        lazy: async () => ({ Component: (await import("../features/booking/utilization/components/utilization-page")).UtilizationPage }),
      },
      { path: "booking/resources", element: <ResourcesPage /> },
      { path: "booking/holidays", element: <HolidaysPage /> },
      { path: "shows", element: <ComingSoonPage module="shows" /> },
      { path: "film", element: <ComingSoonPage module="film" /> },
      { path: "people", element: <PeoplePage /> },
      { path: "people/:personId", element: <PersonDetailPage /> },
      { path: "settings", element: <Navigate to="general" replace /> },
      { path: "settings/:tab", element: <SettingsPage /> },
      { path: "*", element: <NotFoundPage inShell /> },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
