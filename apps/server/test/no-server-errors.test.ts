import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, createPerson, signUp, type TestUser } from "./factories";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Property: whatever body a client sends to any create or update route, the answer is never
 * a 500. Routes come from the OpenAPI document, so new routes are covered automatically.
 */
let t: TestApp;
let admin: TestUser;
let ids: Record<string, string>;
/** The id to put in `{id}`, by the collection segment before it, so requests reach the services. */
let idByCollection: Record<string, string>;

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
};
type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  const orgId = (await createOrganization(t.app, admin)).id;
  const person = await createPerson(t.app, admin, orgId);
  const call = as(t.app, admin);
  const project = (
    await call({ method: "POST", url: `/api/v1/organizations/${orgId}/projects`, body: { name: "Fuzz", code: "FZ", kind: "vfx", template: "vfx" } })
  ).json();
  const base = `/api/v1/organizations/${orgId}/projects/${project.id}`;
  const config = (await call({ method: "GET", url: `${base}/config` })).json();
  const slots = (await call({ method: "GET", url: `${base}/slots` })).json();
  const field = (
    await call({ method: "POST", url: `${base}/fields`, body: { object: "shot", key: "tier", label: "Tier", fieldType: "select", options: ["a", "b"] } })
  ).json();
  const shot = (await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: "SH010" } })).json();
  const tasks = (await call({ method: "GET", url: `${base}/tasks?entityId=${shot.id}` })).json();
  const review = await reviewRecords(orgId, project.id, tasks.items[0].id, person.id);
  ids = { orgId, id: person.id, projectId: project.id, taskId: tasks.items[0].id, versionId: review.versions };
  idByCollection = {
    people: person.id,
    projects: project.id,
    "entity-types": config.entityTypes[0].id,
    "task-types": config.taskTypes[0].id,
    statuses: config.statuses[0].id,
    slots: slots.items[0].id,
    fields: field.id,
    entities: shot.id,
    tasks: tasks.items[0].id,
    ...review,
  };
});
afterAll(() => t.close());

/** A version, playlist, comment, review link, time log and saved view, so their routes reach the services. */
async function reviewRecords(orgId: string, projectId: string, taskId: string, personId: string) {
  const call = as(t.app, admin);
  const o = `/api/v1/organizations/${orgId}`;
  const post = async (url: string, body: unknown) => (await call({ method: "POST", url: `${o}${url}`, body })).json().id as string;
  const versions = await post(`/tasks/${taskId}/versions`, {});
  const playlists = await post(`/projects/${projectId}/playlists`, { name: "Fuzz", versionIds: [versions] });
  return {
    versions,
    playlists,
    comments: await post("/comments", { recordType: "version", recordId: versions, body: "Fuzz" }),
    "review-links": await post(`/playlists/${playlists}/review-links`, {}),
    "time-logs": await post("/time-logs", { taskId, personId, day: "2026-03-02", minutes: 60 }),
    "saved-views": await post("/saved-views", { name: "Fuzz", viewKind: "grid" }),
  };
}

function writeRoutes(spec: { paths: Record<string, Record<string, Operation>> }) {
  const routes: { method: "POST" | "PATCH" | "PUT"; path: string; properties: Record<string, JsonSchema> }[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!["post", "patch", "put"].includes(method) || !path.startsWith("/api/v1/")) continue;
      const schema = op.requestBody?.content?.["application/json"]?.schema;
      routes.push({ method: method.toUpperCase() as "POST", path, properties: schema?.properties ?? {} });
    }
  }
  return routes;
}

const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("", " ", "\u0000", "admin", "owner", "2026-13-45", "💥", "x".repeat(5000), "00000000-0000-0000-0000-000000000000"),
  fc.integer(),
  fc.double(),
);

/**
 * Values that pass the schema of one property (so that bodies get past validation and reach
 * the services and the database), with nasty contents: any code point, edge numbers.
 */
function plausible(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(plausible));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "uuid") return fc.oneof(fc.uuid(), fc.constant(ids.id));
      if (schema.format === "email") return fc.emailAddress();
      return fc.string({ unit: "binary", minLength: 1, maxLength: Math.min(schema.maxLength ?? 60, 60) });
    case "integer":
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 });
    case "number":
      return fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue();
  }
}

describe("random bodies never cause a server error", () => {
  // Runs 60 bodies against every write route: its time grows with the API.
  it("covers every create and update route", { timeout: 600_000 }, async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const routes = writeRoutes(spec);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const route of routes) {
      const url = route.path.replace(
        /([\w-]+)\/\{(\w+)\}/g,
        (_, collection: string, name: string) => `${collection}/${(name === "id" && idByCollection[collection]) || ids[name] || ids.id}`,
      );
      const fields = Object.entries(route.properties);
      const body = fc.oneof(
        { weight: 3, arbitrary: fc.record(Object.fromEntries(fields.map(([f, schema]) => [f, plausible(schema)]))) },
        fc.record(Object.fromEntries(fields.map(([f, schema]) => [f, fc.oneof(plausible(schema), anyValue)])), { requiredKeys: [] }),
        fc.dictionary(fc.string({ maxLength: 20 }), anyValue),
        anyValue,
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const res = await as(
            t.app,
            admin,
          )({ method: route.method, url, body: payload === null ? undefined : JSON.stringify(payload), headers: { "content-type": "application/json" } });
          if (res.statusCode >= 500)
            throw new Error(`${route.method} ${route.path} → ${res.statusCode}: ${res.body} for ${JSON.stringify(payload).slice(0, 300)}`);
        }),
        { numRuns: 60 },
      );
    }
  });
});
