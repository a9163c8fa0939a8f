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
-- Everything live in a window, whoever it books (placeholders, project costs). One bookable's
-- bookings in a window use the btree bookings_bookable_ends_idx instead: for 500 people × 90
-- days among a million bookings it took half the time of a GiST (organization_id, bookable_id,
-- during) index, and a sixth of it for a window near the end of the history (bench/RESULTS.md).
CREATE INDEX bookings_org_during_idx ON bookings
  USING gist (organization_id, during)
  WHERE status IN ('hold', 'confirmed');
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
