-- The index tracking.schema.ts now declares for tasks_project_status_idx (a migration is still to
-- be generated). BENCH_SETUP_SQL=sql/grid-status-index.sql applies it to a database built from the
-- migrations, for before/after figures.
DROP INDEX tasks_project_status_idx;
CREATE INDEX tasks_project_status_idx ON tasks (organization_id, project_id, status_id, entity_id) WHERE archived_at IS NULL;
