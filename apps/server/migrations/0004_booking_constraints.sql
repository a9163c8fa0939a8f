-- Booking rules the database itself enforces (SPEC decision 6, BOOK-4). btree_gist lets one
-- GiST index combine equality on uuids with overlap on ranges; it is a trusted extension, so a
-- database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- Two confirmed bookings of one person, room or piece of equipment never overlap, whoever
-- writes them: the service, a script, or a raw INSERT. Placeholders (no bookable) are exempt.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
  EXCLUDE USING gist (organization_id WITH =, bookable_id WITH =, during WITH &&)
  WHERE (status = 'confirmed' AND bookable_id IS NOT NULL);
--> statement-breakpoint
-- Live bookings (holds and confirmed) of one bookable in a window: hold ranks, the scheduler,
-- iCal feeds and availability all ask this.
CREATE INDEX bookings_live_during_idx ON bookings
  USING gist (organization_id, bookable_id, during)
  WHERE status IN ('hold', 'confirmed');
--> statement-breakpoint
-- Placeholders and everything live in a window, whoever it books (utilization, project costs).
CREATE INDEX bookings_org_during_idx ON bookings
  USING gist (organization_id, during)
  WHERE status IN ('hold', 'confirmed');
--> statement-breakpoint
CREATE INDEX time_off_during_idx ON time_off USING gist (organization_id, person_id, during);
--> statement-breakpoint
-- Booking history is never purged (SPEC decision 7); refuse deletes that bypass the API too.
CREATE OR REPLACE FUNCTION backlot_booking_events_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'booking events are never changed or deleted' USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER booking_events_immutable
  BEFORE UPDATE OR DELETE ON booking_events
  FOR EACH ROW WHEN (pg_trigger_depth() = 0)
  EXECUTE FUNCTION backlot_booking_events_immutable();
