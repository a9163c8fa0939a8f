import { Tabs } from "@mantine/core";
import { IconBuildingWarehouse, IconCalendarEvent, IconChartBar, IconSunHigh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Outlet, useLocation, useNavigate, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";

/** The booking area's pages, as child paths of /o/:orgId/booking ("" is the scheduler). */
const tabs: { path: string; label: string; icon: ReactNode; description: string }[] = [
  { path: "", label: "Scheduler", icon: <IconCalendarEvent size={16} />, description: "Who is booked on what, day by day" },
  { path: "utilization", label: "Utilization", icon: <IconChartBar size={16} />, description: "Booked time against capacity" },
  { path: "resources", label: "Rooms & equipment", icon: <IconBuildingWarehouse size={16} />, description: "Bookable rooms and kit" },
  { path: "holidays", label: "Holidays", icon: <IconSunHigh size={16} />, description: "Public holidays and studio closures" },
];

/**
 * The booking area's frame: a header with one tab per page and the page below (an Outlet).
 * Other booking pages are child routes of `booking` and need nothing else to appear here.
 */
export function BookingLayout() {
  const { orgId = "" } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const base = `/o/${orgId}/booking`;
  const rest = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1).split("/")[0] : "";
  const current = tabs.find((t) => t.path === rest) ?? tabs[0];
  return (
    <>
      <PageHeader title="Booking" documentTitle={`${current?.label ?? "Booking"} · Booking`} description={current?.description} />
      <Tabs value={current?.path || "scheduler"} onChange={(t) => navigate(t && t !== "scheduler" ? `${base}/${t}` : base)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((t) => (
            <Tabs.Tab key={t.path || "scheduler"} value={t.path || "scheduler"} leftSection={t.icon}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
