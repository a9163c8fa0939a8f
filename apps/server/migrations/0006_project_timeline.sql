CREATE TABLE "timeline_dependencies" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"lag_days" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "timeline_dependencies_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "timeline_dependencies_self_ck" CHECK ("timeline_dependencies"."predecessor_id" <> "timeline_dependencies"."successor_id"),
	CONSTRAINT "timeline_dependencies_lag_ck" CHECK ("timeline_dependencies"."lag_days" BETWEEN 0 AND 365)
);
--> statement-breakpoint
CREATE TABLE "timeline_milestones" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"date" date NOT NULL,
	"phase_id" uuid,
	"done" boolean DEFAULT false NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "timeline_milestones_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "timeline_phases" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"color" text NOT NULL,
	"sort_order" integer NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	CONSTRAINT "timeline_phases_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "timeline_phases_dates_ck" CHECK ("timeline_phases"."end_date" >= "timeline_phases"."start_date"),
	CONSTRAINT "timeline_phases_progress_ck" CHECK ("timeline_phases"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "timeline_dependencies" ADD CONSTRAINT "timeline_dependencies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_dependencies" ADD CONSTRAINT "timeline_dependencies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_dependencies" ADD CONSTRAINT "timeline_dependencies_predecessor_fk" FOREIGN KEY ("organization_id","predecessor_id") REFERENCES "public"."timeline_phases"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_dependencies" ADD CONSTRAINT "timeline_dependencies_successor_fk" FOREIGN KEY ("organization_id","successor_id") REFERENCES "public"."timeline_phases"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_milestones" ADD CONSTRAINT "timeline_milestones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_milestones" ADD CONSTRAINT "timeline_milestones_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_milestones" ADD CONSTRAINT "timeline_milestones_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_milestones" ADD CONSTRAINT "timeline_milestones_project_fk" FOREIGN KEY ("organization_id","project_id") REFERENCES "public"."projects"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_milestones" ADD CONSTRAINT "timeline_milestones_phase_fk" FOREIGN KEY ("organization_id","phase_id") REFERENCES "public"."timeline_phases"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_phases" ADD CONSTRAINT "timeline_phases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_phases" ADD CONSTRAINT "timeline_phases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_phases" ADD CONSTRAINT "timeline_phases_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_phases" ADD CONSTRAINT "timeline_phases_project_fk" FOREIGN KEY ("organization_id","project_id") REFERENCES "public"."projects"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "timeline_dependencies_pair_uq" ON "timeline_dependencies" USING btree ("organization_id","predecessor_id","successor_id");--> statement-breakpoint
CREATE INDEX "timeline_dependencies_successor_idx" ON "timeline_dependencies" USING btree ("organization_id","successor_id");--> statement-breakpoint
CREATE INDEX "timeline_milestones_project_idx" ON "timeline_milestones" USING btree ("organization_id","project_id","date");--> statement-breakpoint
CREATE INDEX "timeline_phases_project_idx" ON "timeline_phases" USING btree ("organization_id","project_id","sort_order");