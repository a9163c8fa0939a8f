import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import { archiveBody, createPersonBody, personListQuery, personSchema, updatePersonBody } from "@backlot/contracts/core/people";
import type { Deps } from "../../../platform/deps";
import { notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { presentPerson } from "./people.presenter";
import { getPerson, listDepartments, listPeople } from "./people.repo";
import { archivePerson, createPerson, restorePerson, updatePerson } from "./people.service";

const tags = ["People"];

export function peopleRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/people",
      {
        schema: {
          tags,
          summary: "People directory (search, filter, cursor pages)",
          params: orgParams,
          querystring: personListQuery,
          response: { 200: pageOf(personSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "person.read");
        const { cursor, ...query } = request.query;
        const rows = await listPeople(db, orgId, { ...query, after: decodeCursor(cursor, 2) as [string, string] | null });
        const page = toPage(rows, query.limit, (r) => [r.sortKey, r.id]);
        return { items: page.items.map(presentPerson), nextCursor: page.nextCursor };
      },
    );

    app.get(
      "/organizations/:orgId/people/departments",
      { schema: { tags, summary: "Departments in use", params: orgParams, response: { 200: z.object({ items: z.array(z.string()) }) } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "person.read");
        return { items: await listDepartments(db, request.params.orgId) };
      },
    );

    app.post(
      "/organizations/:orgId/people",
      { config: { idempotent: true }, schema: { tags, summary: "Add a person", params: orgParams, body: createPersonBody, response: { 201: personSchema } } },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "person.create");
        return reply.status(201).send(await createPerson(db, requireActor(request), orgId, request.body));
      },
    );

    app.get(
      "/organizations/:orgId/people/:id",
      { schema: { tags, summary: "A person", params: orgRecordParams, response: { 200: personSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.read");
        const row = await getPerson(db, orgId, id);
        if (!row) throw notFound("Person");
        return presentPerson(row);
      },
    );

    app.patch(
      "/organizations/:orgId/people/:id",
      { schema: { tags, summary: "Edit a person", params: orgRecordParams, body: updatePersonBody, response: { 200: personSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.update");
        return updatePerson(db, requireActor(request), orgId, id, request.body);
      },
    );

    app.post(
      "/organizations/:orgId/people/:id/archive",
      { schema: { tags, summary: "Archive a person", params: orgRecordParams, body: archiveBody, response: { 200: personSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.archive");
        return archivePerson(db, requireActor(request), orgId, id, request.body.version);
      },
    );

    app.post(
      "/organizations/:orgId/people/:id/restore",
      { schema: { tags, summary: "Restore an archived person", params: orgRecordParams, body: archiveBody, response: { 200: personSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.archive");
        return restorePerson(db, requireActor(request), orgId, id, request.body.version);
      },
    );
  };
}
