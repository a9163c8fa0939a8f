import { z } from "zod";
import { optionalText, pageQuery, recordMeta, versioned } from "../core/common";
import { tagList } from "./projects";

/** Shot, asset, sequence, episode and scene codes: `SH010`, `12A`, `chr_hero`. */
export const entityCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, "Letters, digits, _, . and - only, starting with a letter or digit");

export const entitySchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  typeKey: z.string(),
  code: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentCode: z.string().nullable(),
  assetType: z.string().nullable(),
  frameIn: z.number().int().nullable(),
  frameOut: z.number().int().nullable(),
  fps: z.number().nullable(),
  cutDuration: z.number().int().nullable().describe("frameOut − frameIn + 1, in frames"),
  thumbnailFileId: z.uuid().nullable(),
  custom: z.record(z.string(), z.unknown()),
  tags: z.array(z.string()),
  sortOrder: z.number().int(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Entity = z.infer<typeof entitySchema>;

const frame = z.number().int().min(-1_000_000).max(100_000_000);

const entityFields = {
  code: entityCode,
  name: optionalText(200),
  description: optionalText(5000),
  parentId: z.uuid().nullish(),
  assetType: optionalText(50),
  frameIn: frame.nullish(),
  frameOut: frame.nullish(),
  fps: z.number().positive().max(1000).nullish(),
  thumbnailFileId: z.uuid().nullish(),
  custom: z.record(z.string(), z.unknown()).optional(),
  tags: tagList.optional(),
  sortOrder: z.number().int().min(0).max(10_000_000).optional(),
};

function framesInOrder(v: { frameIn?: number | null; frameOut?: number | null }) {
  return v.frameIn == null || v.frameOut == null || v.frameIn <= v.frameOut;
}
const frameOrder = { message: "Frame out is before frame in", path: ["frameOut"] };

export const createEntityBody = z
  .object({
    ...entityFields,
    typeKey: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[a-z][a-z0-9_]*$/),
  })
  .refine(framesInOrder, frameOrder);
export type CreateEntityBody = z.input<typeof createEntityBody>;

export const updateEntityBody = z.object(entityFields).partial().extend(versioned).refine(framesInOrder, frameOrder);
export type UpdateEntityBody = z.input<typeof updateEntityBody>;

export const entityListQuery = pageQuery.extend({
  type: z.string().trim().max(40).optional(),
  parentId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  archived: z.enum(["exclude", "only", "include"]).default("exclude"),
});

/** Casting (TRK-4): an asset in a shot or scene, with how often it appears. */
export const castingSchema = z.object({
  entityId: z.uuid(),
  assetId: z.uuid(),
  assetCode: z.string(),
  assetName: z.string().nullable(),
  assetType: z.string().nullable(),
  entityCode: z.string(),
  occurrences: z.number().int(),
});
export type Casting = z.infer<typeof castingSchema>;

export const setCastingBody = z.object({
  assets: z.array(z.object({ assetId: z.uuid(), occurrences: z.number().int().min(1).max(10_000).default(1) })).max(1000),
});
export type SetCastingBody = z.input<typeof setCastingBody>;
