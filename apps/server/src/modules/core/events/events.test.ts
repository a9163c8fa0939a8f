import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { SocketMessage } from "@backlot/contracts/core/events";
import { addMember, as, createOrganization, createPerson, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp, testOrigin } from "../../../../test/test-app";

/** A live-events client on a real listening server, collecting messages. */
class Client {
  readonly messages: SocketMessage[] = [];
  private waiters: (() => void)[] = [];
  constructor(readonly socket: WebSocket) {
    socket.on("message", (raw) => {
      this.messages.push(JSON.parse(String(raw)));
      for (const w of this.waiters.splice(0)) w();
    });
  }
  static async open(base: string, orgId: string, user: TestUser, after?: string): Promise<Client> {
    const url = `${base.replace("http", "ws")}/api/v1/organizations/${orgId}/events${after ? `?after=${after}` : ""}`;
    const client = new Client(new WebSocket(url, { headers: { cookie: user.cookie, origin: testOrigin } }));
    await client.until((m) => m.kind === "ready");
    return client;
  }
  events() {
    return this.messages.flatMap((m) => (m.kind === "event" ? [m.event] : []));
  }
  async until(match: (m: SocketMessage) => boolean, timeoutMs = 5000): Promise<SocketMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }
  close() {
    this.socket.close();
  }
}

let nodeA: TestApp;
let nodeB: TestApp;
let baseA: string;
let baseB: string;
let admin: TestUser;
let client: TestUser;
let orgId: string;

beforeAll(async () => {
  nodeA = await createTestApp();
  // A second node on the same database: it shares nothing with A but PostgreSQL.
  nodeB = await createTestApp(nodeA.databaseUrl);
  baseA = await nodeA.app.listen({ port: 0, host: "127.0.0.1" });
  baseB = await nodeB.app.listen({ port: 0, host: "127.0.0.1" });
  admin = await signUp(nodeA.app);
  client = await signUp(nodeA.app);
  orgId = (await createOrganization(nodeA.app, admin)).id;
  await addMember(nodeA.app, admin, orgId, client, "client");
});
afterAll(async () => {
  await nodeA.close();
  await nodeB.close();
});

describe("live events", () => {
  it("delivers a committed change with the presented record", async () => {
    const ws = await Client.open(baseA, orgId, admin);
    const person = await createPerson(nodeA.app, admin, orgId, { displayName: "Live One" });
    const msg = await ws.until((m) => m.kind === "event" && m.event.recordId === person.id);
    expect(msg).toMatchObject({
      kind: "event",
      event: { type: "person.created", recordType: "person", actorId: admin.id, data: { displayName: "Live One", version: 1 } },
    });
    ws.close();
  });

  it("reaches clients of another node through the database (two nodes)", async () => {
    const onB = await Client.open(baseB, orgId, admin);
    const person = await createPerson(nodeA.app, admin, orgId, { displayName: "Cross Node" });
    await onB.until((m) => m.kind === "event" && m.event.recordId === person.id);
    await as(nodeB.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${orgId}/people/${person.id}`, body: { version: 1, title: "Via B" } });
    const onA = await Client.open(baseA, orgId, admin);
    await as(nodeB.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${orgId}/people/${person.id}`, body: { version: 2, title: "Via B again" } });
    await onA.until((m) => m.kind === "event" && m.event.type === "person.updated" && (m.event.data as { version: number }).version === 3);
    onA.close();
    onB.close();
  });

  it("filters by permission: a client user does not receive people events", async () => {
    const adminWs = await Client.open(baseA, orgId, admin);
    const clientWs = await Client.open(baseA, orgId, client);
    const person = await createPerson(nodeA.app, admin, orgId, { displayName: "Secret Crew" });
    await adminWs.until((m) => m.kind === "event" && m.event.recordId === person.id);
    // Organization events are visible to clients: use one as a barrier after the person event.
    const org = await as(nodeA.app, admin)({ method: "GET", url: `/api/v1/organizations/${orgId}` });
    await as(nodeA.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${orgId}`, body: { version: org.json().version, currency: "EUR" } });
    await clientWs.until((m) => m.kind === "event" && m.event.type === "organization.updated");
    expect(clientWs.events().some((e) => e.recordType === "person")).toBe(false);
    adminWs.close();
    clientWs.close();
  });

  it("resumes after the last event id with exactly what was missed, in order", async () => {
    const ws = await Client.open(baseA, orgId, admin);
    const first = await createPerson(nodeA.app, admin, orgId, { displayName: "Before Drop" });
    const seen = await ws.until((m) => m.kind === "event" && m.event.recordId === first.id);
    ws.close();
    const lastId = seen.kind === "event" ? seen.event.id : "";
    const missed = [];
    for (let i = 0; i < 3; i++) missed.push(await createPerson(nodeA.app, admin, orgId, { displayName: `Missed ${i}` }));
    const resumed = await Client.open(baseB, orgId, admin, lastId);
    const replayed = resumed.events();
    expect(replayed.map((e) => e.recordId)).toEqual(missed.map((p) => p.id));
    const ids = replayed.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => id > BigInt(lastId) && (i === 0 || id > (ids[i - 1] as bigint)))).toBe(true);
    resumed.close();
  });

  it("asks for a resync when the resume id is unknown, and refuses outsiders", async () => {
    const ws = await Client.open(baseA, orgId, admin, "999999999");
    expect(ws.messages[0]).toMatchObject({ kind: "resync" });
    ws.close();
    const outsider = await signUp(nodeA.app);
    const socket = new WebSocket(`${baseA.replace("http", "ws")}/api/v1/organizations/${orgId}/events`, {
      headers: { cookie: outsider.cookie, origin: testOrigin },
    });
    const code = await new Promise<number>((resolve) => socket.on("close", (c) => resolve(c)));
    expect(code).toBe(4404);
  });

  it("closes the socket once the session has ended (sign-out)", async () => {
    const leaver = await signUp(nodeA.app);
    await addMember(nodeA.app, admin, orgId, leaver, "member");
    const ws = await Client.open(baseA, orgId, leaver);
    const closed = new Promise<number>((resolve) => ws.socket.on("close", (code) => resolve(code)));
    await as(nodeA.app, leaver)({ method: "POST", url: "/api/auth/sign-out", body: {} });
    await new Promise((r) => setTimeout(r, 5_200));
    const person = await createPerson(nodeA.app, admin, orgId, { displayName: "After Sign-out" });
    expect(await closed).toBe(4401);
    expect(ws.events().some((e) => e.recordId === person.id)).toBe(false);
  });

  it("keeps event ids increasing in commit order under concurrent writes", async () => {
    const ws = await Client.open(baseA, orgId, admin);
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => createPerson(nodeA.app, admin, orgId, { displayName: `Burst ${i}` })));
    await ws.until(() => ws.events().filter((e) => e.type === "person.created").length >= 20, 10_000);
    const ids = ws.events().map((e) => BigInt(e.id));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as bigint))).toBe(true);
    expect(new Set(ws.events().map((e) => e.recordId))).toEqual(new Set(created.map((p) => p.id)));
    ws.close();
  });
});
