-- Live events: every outbox row is announced on the `backlot_events` channel. NOTIFY is
-- delivered only when the writing transaction commits, so listeners never see uncommitted
-- changes; the payload is "<organization id>:<event id>".
CREATE OR REPLACE FUNCTION backlot_notify_outbox() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('backlot_events', NEW.organization_id::text || ':' || NEW.id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER outbox_events_notify
  AFTER INSERT ON outbox_events
  FOR EACH ROW EXECUTE FUNCTION backlot_notify_outbox();
--> statement-breakpoint
-- Roles are a closed set; check it in the database too.
ALTER TABLE memberships ADD CONSTRAINT memberships_role_ck
  CHECK (role IN ('admin', 'manager', 'member', 'client', 'guest'));
--> statement-breakpoint
ALTER TABLE scoped_memberships ADD CONSTRAINT scoped_memberships_role_ck
  CHECK (role IN ('admin', 'manager', 'member', 'client', 'guest'));
--> statement-breakpoint
ALTER TABLE scoped_memberships ADD CONSTRAINT scoped_memberships_scope_ck
  CHECK (scope_type IN ('studio', 'client', 'platform', 'project'));
--> statement-breakpoint
ALTER TABLE invitations ADD CONSTRAINT invitations_role_ck
  CHECK (role IN ('admin', 'manager', 'member', 'client', 'guest'));
--> statement-breakpoint
CREATE INDEX invitations_org_email_idx ON invitations (organization_id, lower(email));
