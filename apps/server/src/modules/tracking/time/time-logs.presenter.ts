import type { TimeLog } from "@backlot/contracts/tracking/time-logs";
import { presentMeta } from "../projects/projects.presenter";
import type { TimeLogRow } from "./time-logs.repo";

export function presentTimeLog(row: TimeLogRow): TimeLog {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    taskId: row.taskId,
    taskName: row.taskName,
    projectId: row.projectId,
    projectCode: row.projectCode,
    entityCode: row.entityCode,
    day: row.day,
    minutes: row.minutes,
    note: row.note,
    ...presentMeta(row),
  };
}
