import type { StatusState } from "./config";
import type { projectKinds, projectTemplates } from "./projects";

/**
 * What each project template presets (TRK-1): entity types, asset types, task types per entity
 * type (created on every new entity, TRK-10), statuses and the usual role slots. The pipelines
 * follow the common studio layouts of Kitsu's and ShotGrid's default templates. The server
 * creates projects from these; the web describes them from the same data before creating one.
 */
export type TemplateKey = (typeof projectTemplates)[number];
export type EntityTypePreset = { key: string; name: string; parentKey?: string };
export type TaskTypePreset = { name: string; department: string; entityTypeKey: string; color: string; gatesCasting?: boolean };
export type StatusPreset = { name: string; shortCode: string; state: StatusState; color: string; isDefault?: boolean };
export type SlotPreset = { role: string; department: string; displayName: string };

export type ProjectTemplate = {
  /** The kind a new project of this template usually is; the user can change it. */
  kind: (typeof projectKinds)[number];
  entityTypes: EntityTypePreset[];
  assetTypes: string[];
  taskTypes: TaskTypePreset[];
  slots: SlotPreset[];
};

export const defaultStatuses: StatusPreset[] = [
  { name: "Waiting to start", shortCode: "wtg", state: "not_started", color: "#868e96", isDefault: true },
  { name: "Ready to start", shortCode: "rdy", state: "not_started", color: "#74c0fc" },
  { name: "In progress", shortCode: "wip", state: "in_progress", color: "#1c7ed6" },
  { name: "Pending review", shortCode: "rev", state: "pending_review", color: "#f59f00" },
  { name: "Retake", shortCode: "rtk", state: "retake", color: "#e03131" },
  { name: "Approved", shortCode: "apr", state: "approved", color: "#2f9e44" },
  { name: "On hold", shortCode: "hld", state: "on_hold", color: "#7950f2" },
  { name: "Blocked", shortCode: "blk", state: "blocked", color: "#495057" },
];

const shot = (name: string, department: string, color: string): TaskTypePreset => ({ name, department, entityTypeKey: "shot", color });
const asset = (name: string, department: string, color: string, gatesCasting = false): TaskTypePreset => ({
  name,
  department,
  entityTypeKey: "asset",
  color,
  gatesCasting,
});

const vfxAssetTasks = [
  asset("Modeling", "Modeling", "#74b816"),
  asset("Texturing", "Texturing", "#37b24d"),
  asset("Rigging", "Rigging", "#0ca678", true),
  asset("Lookdev", "Lighting", "#1098ad", true),
];
const vfxShotTasks = [
  shot("Matchmove", "Tracking", "#868e96"),
  shot("Roto", "Roto/Paint", "#adb5bd"),
  shot("Layout", "Layout", "#4263eb"),
  shot("Animation", "Animation", "#7048e8"),
  shot("FX", "FX", "#ae3ec9"),
  shot("Lighting", "Lighting", "#f59f00"),
  shot("Compositing", "Compositing", "#e8590c"),
];
const vfxSlots: SlotPreset[] = [
  { role: "VFX Supervisor", department: "Supervision", displayName: "VFX Supervisor" },
  { role: "Producer", department: "Production", displayName: "VFX Producer" },
  { role: "Coordinator", department: "Production", displayName: "Production Coordinator" },
  { role: "Lead", department: "Compositing", displayName: "Compositing Lead" },
  { role: "Artist", department: "Compositing", displayName: "Compositor 1" },
  { role: "Artist", department: "Compositing", displayName: "Compositor 2" },
  { role: "Artist", department: "Animation", displayName: "Animator" },
  { role: "Artist", department: "Lighting", displayName: "Lighting Artist" },
];
const characterAssets = ["character", "prop", "environment", "fx", "vehicle"];
const sequencesShotsAssets: EntityTypePreset[] = [
  { key: "sequence", name: "Sequence" },
  { key: "shot", name: "Shot", parentKey: "sequence" },
  { key: "asset", name: "Asset" },
];

export const templates: Record<TemplateKey, ProjectTemplate> = {
  vfx: {
    kind: "vfx",
    entityTypes: sequencesShotsAssets,
    assetTypes: characterAssets,
    taskTypes: [...vfxAssetTasks, ...vfxShotTasks],
    slots: vfxSlots,
  },
  series: {
    kind: "series",
    entityTypes: [
      { key: "episode", name: "Episode" },
      { key: "sequence", name: "Sequence", parentKey: "episode" },
      { key: "shot", name: "Shot", parentKey: "sequence" },
      { key: "asset", name: "Asset" },
    ],
    assetTypes: characterAssets,
    taskTypes: [...vfxAssetTasks, ...vfxShotTasks],
    slots: vfxSlots,
  },
  animation: {
    kind: "animation",
    entityTypes: sequencesShotsAssets,
    assetTypes: ["character", "prop", "set", "fx"],
    taskTypes: [
      asset("Concept", "Art", "#f06595"),
      asset("Modeling", "Modeling", "#74b816"),
      asset("Shading", "Lighting", "#1098ad", true),
      asset("Rigging", "Rigging", "#0ca678", true),
      shot("Storyboard", "Story", "#f783ac"),
      shot("Layout", "Layout", "#4263eb"),
      shot("Animation", "Animation", "#7048e8"),
      shot("FX", "FX", "#ae3ec9"),
      shot("Lighting", "Lighting", "#f59f00"),
      shot("Rendering", "Lighting", "#fab005"),
      shot("Compositing", "Compositing", "#e8590c"),
    ],
    slots: [
      { role: "Director", department: "Direction", displayName: "Director" },
      { role: "Producer", department: "Production", displayName: "Producer" },
      { role: "Lead", department: "Animation", displayName: "Lead Animator" },
      { role: "Artist", department: "Animation", displayName: "Animator" },
      { role: "Artist", department: "Lighting", displayName: "Lighting Artist" },
    ],
  },
  game: {
    kind: "game",
    entityTypes: [
      { key: "asset", name: "Asset" },
      { key: "level", name: "Level" },
      { key: "shot", name: "Cinematic shot" },
    ],
    assetTypes: ["character", "environment", "prop", "weapon", "vehicle", "ui"],
    taskTypes: [
      asset("Concept", "Art", "#f06595"),
      asset("Modeling", "Modeling", "#74b816"),
      asset("Texturing", "Texturing", "#37b24d"),
      asset("Rigging", "Rigging", "#0ca678", true),
      asset("Implementation", "Engineering", "#1c7ed6", true),
      { name: "Blockout", department: "Level design", entityTypeKey: "level", color: "#4263eb" },
      { name: "Art pass", department: "Environment", entityTypeKey: "level", color: "#37b24d" },
      { name: "Lighting", department: "Lighting", entityTypeKey: "level", color: "#f59f00" },
      { name: "QA", department: "QA", entityTypeKey: "level", color: "#495057" },
      shot("Animation", "Animation", "#7048e8"),
    ],
    slots: [
      { role: "Art Director", department: "Art", displayName: "Art Director" },
      { role: "Producer", department: "Production", displayName: "Producer" },
      { role: "Artist", department: "Modeling", displayName: "3D Artist" },
    ],
  },
  film: {
    kind: "feature",
    entityTypes: [
      { key: "scene", name: "Scene" },
      { key: "shot", name: "Shot", parentKey: "scene" },
      { key: "asset", name: "Asset" },
    ],
    assetTypes: ["character", "prop", "set", "vehicle", "wardrobe"],
    taskTypes: [
      { name: "Breakdown", department: "Production", entityTypeKey: "scene", color: "#868e96" },
      { name: "Storyboard", department: "Story", entityTypeKey: "scene", color: "#f783ac" },
      shot("Previs", "Previs", "#4263eb"),
      shot("Editorial", "Editorial", "#495057"),
      shot("VFX", "VFX", "#ae3ec9"),
      shot("Color", "Color", "#f59f00"),
    ],
    slots: [
      { role: "Director", department: "Direction", displayName: "Director" },
      { role: "Producer", department: "Production", displayName: "Producer" },
      { role: "Production Manager", department: "Production", displayName: "Production Manager" },
      { role: "Editor", department: "Editorial", displayName: "Editor" },
    ],
  },
  blank: {
    kind: "commercial",
    entityTypes: sequencesShotsAssets,
    assetTypes: characterAssets,
    taskTypes: [],
    slots: [],
  },
};
