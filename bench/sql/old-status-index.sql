-- tasks_project_status_idx as it was before migration 0005 (from 0002_tracking.sql), for
-- before/after figures of the grid's status filter: BENCH_SETUP_SQL=sql/old-status-index.sql.
DROP INDEX tasks_project_status_idx;
CREATE INDEX tasks_project_status_idx ON tasks (organization_id, project_id, status_id);
