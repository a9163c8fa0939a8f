import { formatDate } from "../../../../lib/format";
import type { projectKinds, projectStatuses, projectTemplates } from "@backlot/contracts/tracking/projects";

export type ProjectKind = (typeof projectKinds)[number];
export type ProjectStatus = (typeof projectStatuses)[number];
export type ProjectTemplateKey = (typeof projectTemplates)[number];

export const kindLabels: Record<ProjectKind, string> = {
  feature: "Feature film",
  series: "Series",
  commercial: "Commercial",
  game: "Game",
  animation: "Animation",
  vfx: "VFX",
  livestream_campaign: "Livestream campaign",
};

export const statusLabels: Record<ProjectStatus, string> = {
  bidding: "Bidding",
  active: "Active",
  on_hold: "On hold",
  wrapped: "Wrapped",
};

export const statusColors: Record<ProjectStatus, string> = {
  bidding: "yellow",
  active: "teal",
  on_hold: "orange",
  wrapped: "gray",
};

/** One accent colour per kind, used on cards and badges so a list is scannable at a glance. */
export const kindColors: Record<ProjectKind, string> = {
  feature: "orange",
  series: "cyan",
  commercial: "pink",
  game: "lime",
  animation: "violet",
  vfx: "indigo",
  livestream_campaign: "grape",
};

type TemplateInfo = {
  label: string;
  /** The kind a new project of this template usually is; the user can change it. */
  kind: ProjectKind;
  summary: string;
  hierarchy: string;
  assetTypes: string;
  steps: { on: string; names: string }[];
  slots: string;
};

/**
 * What each template presets, in words. It mirrors the server's project-templates.ts (the
 * source of truth); the e2e test checks the VFX pipeline it describes is what gets created.
 */
export const templateInfo: Record<ProjectTemplateKey, TemplateInfo> = {
  vfx: {
    label: "VFX",
    kind: "vfx",
    summary: "Shot-based visual effects work for film, episodic or commercials.",
    hierarchy: "Sequences → shots, plus assets",
    assetTypes: "character, prop, environment, FX, vehicle",
    steps: [
      { on: "Assets", names: "Modeling, Texturing, Rigging, Lookdev" },
      { on: "Shots", names: "Matchmove, Roto, Layout, Animation, FX, Lighting, Compositing" },
    ],
    slots: "VFX Supervisor, VFX Producer, Coordinator, Compositing Lead, 2 Compositors, Animator, Lighting Artist",
  },
  animation: {
    label: "Animation",
    kind: "animation",
    summary: "CG animated films and shorts, from story to final comp.",
    hierarchy: "Sequences → shots, plus assets",
    assetTypes: "character, prop, set, FX",
    steps: [
      { on: "Assets", names: "Concept, Modeling, Shading, Rigging" },
      { on: "Shots", names: "Storyboard, Layout, Animation, FX, Lighting, Rendering, Compositing" },
    ],
    slots: "Director, Producer, Lead Animator, Animator, Lighting Artist",
  },
  game: {
    label: "Game",
    kind: "game",
    summary: "Game art production: assets, levels and cinematics.",
    hierarchy: "Assets, levels and cinematic shots",
    assetTypes: "character, environment, prop, weapon, vehicle, UI",
    steps: [
      { on: "Assets", names: "Concept, Modeling, Texturing, Rigging, Implementation" },
      { on: "Levels", names: "Blockout, Art pass, Lighting, QA" },
      { on: "Cinematics", names: "Animation" },
    ],
    slots: "Art Director, Producer, 3D Artist",
  },
  film: {
    label: "Film",
    kind: "feature",
    summary: "Live-action features: scenes broken into shots through to color.",
    hierarchy: "Scenes → shots, plus assets",
    assetTypes: "character, prop, set, vehicle, wardrobe",
    steps: [
      { on: "Scenes", names: "Breakdown, Storyboard" },
      { on: "Shots", names: "Previs, Editorial, VFX, Color" },
    ],
    slots: "Director, Producer, Production Manager, Editor",
  },
  series: {
    label: "Series",
    kind: "series",
    summary: "Episodic VFX or animation with an episode level on top.",
    hierarchy: "Episodes → sequences → shots, plus assets",
    assetTypes: "character, prop, environment, FX, vehicle",
    steps: [
      { on: "Assets", names: "Modeling, Texturing, Rigging, Lookdev" },
      { on: "Shots", names: "Matchmove, Roto, Layout, Animation, FX, Lighting, Compositing" },
    ],
    slots: "Same crew as VFX: supervisor, producer, coordinator, comp lead and artists",
  },
  blank: {
    label: "Blank",
    kind: "commercial",
    summary: "Start empty and build your own pipeline in Pipeline settings.",
    hierarchy: "Sequences → shots, plus assets",
    assetTypes: "character, prop, environment, FX, vehicle",
    steps: [],
    slots: "None",
  },
};

export const templateLabels = Object.fromEntries(Object.entries(templateInfo).map(([k, v]) => [k, v.label]));

/** Every template starts with the same statuses; projects rename, recolour or add to them. */
export const defaultStatusNames = "Waiting to start, Ready to start, In progress, Pending review, Retake, Approved, On hold, Blocked";

/** "Nightfall Heist" → "NIGHTFALL_HEIST": a readable starting code the user can change. */
export function suggestCode(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3);
  return words.join("_").toUpperCase().slice(0, 20).replace(/_+$/, "");
}

/** "12 Jan 2026 – 30 Jun 2026", "From 12 Jan 2026", or null when no date is set. */
export function dateRange(start: string | null, end: string | null): string | null {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return null;
}
