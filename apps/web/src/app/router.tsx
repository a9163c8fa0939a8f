import { Navigate, createBrowserRouter } from "react-router";
import { SignInPage } from "../features/auth/components/sign-in-page";
import { prefetchScheduler } from "../features/booking/scheduler/api/prefetch-scheduler";
import {
  AcceptInvitationPage,
  BookingLayout,
  ComingSoonPage,
  CreateOrganizationPage,
  DailiesReviewPage,
  ForgotPasswordPage,
  HolidaysPage,
  InboxPage,
  MyTasksPage,
  PeoplePage,
  PersonDetailPage,
  ProjectPage,
  ProjectsPage,
  PublicReviewPage,
  ResetPasswordPage,
  ResourcesPage,
  SchedulerPage,
  SettingsPage,
  SignUpPage,
  TimesheetPage,
  UtilizationPage,
} from "./lazy-pages";
import { NotFoundPage } from "./not-found-page";
import { OrgLayout } from "./org-layout";
import { GuestOnly, HomeRedirect, RequireAuth } from "./route-guards";

// Pages come from lazy-pages (one chunk each, suspending inside the shell's or the app's
// Suspense boundary); the sign-in page, the shell and the guards are in the first chunk.
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
      // Booking pages are children of the booking layout (header and tabs); the index is the scheduler.
      {
        path: "booking",
        element: <BookingLayout />,
        children: [
          { index: true, element: <SchedulerPage />, loader: prefetchScheduler, shouldRevalidate: () => false },
          { path: "utilization", element: <UtilizationPage /> },
          { path: "resources", element: <ResourcesPage /> },
          { path: "holidays", element: <HolidaysPage /> },
        ],
      },
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
