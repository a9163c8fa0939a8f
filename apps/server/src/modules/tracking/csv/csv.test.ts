import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createProject } from "../../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let artist: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  artist = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
});
afterAll(() => t.close());

/** 200 shots in 4 sequences, as an editorial turnover would list them. */
function turnover(edit: (shot: number) => string[] | null = () => null) {
  const lines = ["code,parent,frame_in,frame_out,name"];
  for (let i = 0; i < 200; i++) {
    const seq = `SQ${String((Math.floor(i / 50) + 1) * 10).padStart(3, "0")}`;
    const code = `${seq}_${String(((i % 50) + 1) * 10).padStart(4, "0")}`;
    lines.push((edit(i) ?? [code, seq, "1001", String(1001 + 47 + (i % 30)), `Shot ${i + 1}`]).join(","));
  }
  return `${lines.join("\n")}\n`;
}

describe("entity CSV import", () => {
  it("dry-runs, imports 200 shots in 4 sequences, re-imports as a no-op, applies an edit and undoes it", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const url = `${p.base}/imports/entities`;
    const csv = turnover();

    const dry = await call({ method: "POST", url, body: { csv, type: "shot", dryRun: true } });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().summary).toEqual({ create: 204, update: 0, unchanged: 0, error: 0 });
    expect(dry.json().rows[0]).toMatchObject({ key: "sequence SQ010", action: "create" });
    expect((await call({ method: "GET", url: `${p.base}/grid?type=shot` })).json().total).toBe(0);

    const applied = await call({ method: "POST", url, body: { csv, type: "shot", dryRun: false, fileName: "turnover.csv" } });
    expect(applied.statusCode, applied.body).toBe(200);
    const grid = (await call({ method: "GET", url: `${p.base}/grid?type=shot&limit=500` })).json();
    expect(grid.total).toBe(200);
    expect(grid.rows[0]).toMatchObject({ code: "SQ010_0010", parentCode: "SQ010", frameIn: 1001, frameOut: 1048, cutDuration: 48 });
    expect(Object.keys(grid.rows[0].tasks)).toHaveLength(p.config.taskTypes.filter((tt) => tt.entityTypeKey === "shot").length);
    expect((await call({ method: "GET", url: `${p.base}/entities?type=sequence` })).json().items).toHaveLength(4);

    const again = await call({ method: "POST", url, body: { csv, type: "shot", dryRun: false } });
    expect(again.json()).toMatchObject({ importId: null, summary: { create: 0, update: 0, unchanged: 200, error: 0 } });

    const edited = turnover((i) => (i === 3 ? ["SQ010_0040", "SQ010", "1001", "1090", "Shot 4 extended"] : null));
    const diff = await call({ method: "POST", url, body: { csv: edited, type: "shot", dryRun: true } });
    expect(diff.json().summary).toEqual({ create: 0, update: 1, unchanged: 199, error: 0 });
    const changed = diff.json().rows.find((r: { action: string }) => r.action === "update");
    expect(changed).toMatchObject({
      key: "SQ010_0040",
      changes: [
        { field: "name", old: "Shot 4", new: "Shot 4 extended" },
        { field: "frameOut", old: 1051, new: 1090 },
      ],
    });
    const editImport = (await call({ method: "POST", url, body: { csv: edited, type: "shot", dryRun: false } })).json();
    const shot = (await call({ method: "GET", url: `${p.base}/grid?type=shot&q=SQ010_0040` })).json().rows[0];
    expect(shot).toMatchObject({ frameOut: 1090, version: 2 });

    const imports = (await call({ method: "GET", url: `${p.base}/imports` })).json().items;
    const first = imports.find((i: { fileName: string | null }) => i.fileName === "turnover.csv");
    expectProblem(await call({ method: "POST", url: `${p.base}/imports/${first.id}/undo` }), 409, "conflict");
    const undone = await call({ method: "POST", url: `${p.base}/imports/${editImport.importId}/undo` });
    expect(undone.json()).toEqual({ undone: true, deleted: 0, restored: 1 });
    const reverted = (await call({ method: "GET", url: `${p.base}/grid?type=shot&q=SQ010_0040` })).json().rows[0];
    expect(reverted).toMatchObject({ frameOut: 1051, name: "Shot 4" });
    const all = await call({ method: "POST", url: `${p.base}/imports/${first.id}/undo` });
    expect(all.json()).toMatchObject({ undone: true, deleted: 204 });
    expect((await call({ method: "GET", url: `${p.base}/grid?type=shot` })).json().total).toBe(0);
  });

  it("keeps leading zeros and non-ASCII text, and reports bad rows and columns with their lines", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    await call({
      method: "POST",
      url: `${p.base}/fields`,
      body: { object: "asset", key: "tier", label: "Tier", fieldType: "select", options: ["hero", "background"] },
    });
    const csv = 'code,name,asset_type,custom.tier\n0042,"Zoë\'s café, 東京",prop,hero\n0043,Plain,prop,epic\n0042,Twice,prop,\n';
    const dry = (await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv, type: "asset" } })).json();
    expect(dry.summary).toEqual({ create: 1, update: 0, unchanged: 0, error: 2 });
    expect(dry.rows[1]).toMatchObject({ line: 3, action: "error", errors: [{ column: "custom.tier" }] });
    expect(dry.rows[2].errors[0]).toMatchObject({ column: "code", message: "This code appears earlier in the file" });
    const refused = await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv, type: "asset", dryRun: false } });
    expectProblem(refused, 400, "validation_failed");
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.csv.line.3.custom.tier", "body.csv.line.4.code"]);

    await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: csv.split("\n").slice(0, 2).join("\n"), type: "asset", dryRun: false } });
    const exported = await call({ method: "GET", url: `${p.base}/export/entities.csv?type=asset` });
    expect(exported.body).toContain('0042,"Zoë\'s café, 東京",,prop,,hero');
    const unknownColumn = await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code,colour\nA,red\n", type: "asset" } });
    expect(unknownColumn.json().errors[0]).toMatchObject({ path: "body.csv" });
    expectProblem(await as(t.app, artist)({ method: "POST", url: `${p.base}/imports/entities`, body: { csv, type: "asset" } }), 403, "forbidden");
  });

  it("exports tasks and casting", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code,parent\nSQ010_0010,SQ010\n", type: "shot", dryRun: false } });
    const tasks = await call({ method: "GET", url: `${p.base}/export/tasks.csv` });
    expect(tasks.body.split("\n")[0]).toContain("entity_type,entity_code,task_type,name,status,assignees");
    expect(tasks.body).toContain("shot,SQ010_0010,Compositing,Compositing,wtg,");
    const casting = await call({ method: "GET", url: `${p.base}/export/casting.csv` });
    expect(casting.body.trim()).toBe("entity_type,entity_code,asset_code,occurrences");
  });

  it("imports task statuses and assignees by shot and step, re-imports as a no-op, and undoes", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    await call({
      method: "POST",
      url: `${p.base}/imports/entities`,
      body: { csv: "code,parent\nSQ010_0010,SQ010\nSQ010_0020,SQ010\n", type: "shot", dryRun: false },
    });
    const csv =
      "entity_type,entity_code,task_type,status,assignees,due_date,priority\nshot,SQ010_0010,Compositing,wip,Compositor 1; Compositing Lead,2026-12-11,High\nshot,SQ010_0020,Roto,apr,,,\n";
    const dry = (await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv } })).json();
    expect(dry.summary).toEqual({ create: 0, update: 2, unchanged: 0, error: 0 });
    const applied = (await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv, dryRun: false } })).json();
    const comp = (await call({ method: "GET", url: `${p.base}/grid?type=shot&q=SQ010_0010` })).json().rows[0].tasks[p.taskType("Compositing")];
    expect(comp).toMatchObject({ statusId: p.status("wip") });
    expect((await call({ method: "GET", url: `${p.base}/tasks/${comp.id}` })).json().dueDate).toBe("2026-12-11");
    expect(comp.assigneeSlotIds).toHaveLength(2);
    const exported = (await call({ method: "GET", url: `${p.base}/export/tasks.csv` })).body;
    const back = (await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv: exported, dryRun: false } })).json();
    expect(back).toMatchObject({ importId: null, summary: { update: 0, create: 0, error: 0 } });
    const bad = (
      await call({
        method: "POST",
        url: `${p.base}/imports/tasks`,
        body: { csv: "entity_type,entity_code,task_type,status\nshot,SQ010_0010,Compositing,done\nshot,NOPE,Roto,wip\n" },
      })
    ).json();
    expect(bad.rows.map((r: { errors: { column: string }[] }) => r.errors[0]?.column)).toEqual(["status", "entity_code"]);
    await call({ method: "POST", url: `${p.base}/imports/${applied.importId}/undo` });
    const undone = (await call({ method: "GET", url: `${p.base}/grid?type=shot&q=SQ010_0010` })).json().rows[0].tasks[p.taskType("Compositing")];
    expect(undone).toMatchObject({ statusId: p.status("wtg"), assigneeSlotIds: [] });
    expect((await call({ method: "GET", url: `${p.base}/tasks/${comp.id}` })).json().dueDate).toBeNull();
  });

  it("imports casting pairs without uncasting the ones the file leaves out", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code\nSH010\nSH020\n", type: "shot", dryRun: false } });
    await call({
      method: "POST",
      url: `${p.base}/imports/entities`,
      body: { csv: "code,asset_type\nchr_mara,character\nprp_net,prop\n", type: "asset", dryRun: false },
    });
    const first = (
      await call({
        method: "POST",
        url: `${p.base}/imports/casting`,
        body: { csv: "entity_code,asset_code,occurrences\nSH010,chr_mara,2\nSH020,prp_net,\n", dryRun: false },
      })
    ).json();
    expect(first.summary).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
    const second = (
      await call({ method: "POST", url: `${p.base}/imports/casting`, body: { csv: "entity_code,asset_code,occurrences\nSH010,chr_mara,3\n", dryRun: false } })
    ).json();
    expect(second.summary).toEqual({ create: 0, update: 1, unchanged: 0, error: 0 });
    const exported = (await call({ method: "GET", url: `${p.base}/export/casting.csv` })).body;
    expect(exported).toContain("shot,SH010,chr_mara,3");
    expect(exported).toContain("shot,SH020,prp_net,1");
    expect((await call({ method: "POST", url: `${p.base}/imports/casting`, body: { csv: exported, dryRun: false } })).json().importId).toBeNull();
    await call({ method: "POST", url: `${p.base}/imports/${second.importId}/undo` });
    expect((await call({ method: "GET", url: `${p.base}/export/casting.csv` })).body).toContain("shot,SH010,chr_mara,2");
  });

  it("imports 2,000 shots at once (more template tasks than one statement's parameter limit)", async () => {
    const p = await createProject(t.app, admin, orgId);
    const lines = ["code", ...Array.from({ length: 2000 }, (_, i) => `SH${String(i + 1).padStart(5, "0")}`)];
    const res = await as(t.app, admin)({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: lines.join("\n"), type: "shot", dryRun: false } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const grid = (await as(t.app, admin)({ method: "GET", url: `${p.base}/grid?type=shot&limit=1` })).json();
    expect(grid.total).toBe(2000);
    expect(Object.keys(grid.rows[0].tasks)).toHaveLength(7);
  }, 120_000);
});
