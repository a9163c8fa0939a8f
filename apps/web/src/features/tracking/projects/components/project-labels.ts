import { defaultStatuses, type ProjectTemplate, templates } from "@backlot/contracts/tracking/project-templates";
import { type projectKinds, type projectStatuses, projectTemplates } from "@backlot/contracts/tracking/projects";
import { formatDate } from "../../../../lib/format";

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

/** How each template presents itself in the picker; what it sets up comes from its definition. */
const templateBlurbs: Record<ProjectTemplateKey, { label: string; summary: string }> = {
  vfx: { label: "VFX", summary: "Shot-based visual effects work for film, episodic or commercials." },
  animation: { label: "Animation", summary: "CG animated films and shorts, from story to final comp." },
  game: { label: "Game", summary: "Game art production: assets, levels and cinematics." },
  film: { label: "Film", summary: "Live-action features: scenes broken into shots through to color." },
  series: { label: "Series", summary: "Episodic VFX or animation with an episode level on top." },
  blank: { label: "Blank", summary: "Start empty and build your own pipeline in the Pipeline tab." },
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

const plural = (name: string) => `${name.toLowerCase()}s`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const listed = (items: string[]) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** "Sequences → shots, plus assets": each chain of parent types, then the types on their own. */
function describeHierarchy(types: ProjectTemplate["entityTypes"]): string {
  const childOf = (key: string) => types.find((t) => t.parentKey === key);
  const roots = types.filter((t) => !t.parentKey);
  const chains = roots
    .filter((r) => childOf(r.key))
    .map((root) => {
      const names = [plural(root.name)];
      for (let t = childOf(root.key); t; t = childOf(t.key)) names.push(plural(t.name));
      return names.join(" → ");
    });
  const alone = roots.filter((r) => !childOf(r.key)).map((t) => plural(t.name));
  const text = chains.length ? [chains.join(", "), alone.length ? `plus ${listed(alone)}` : ""].filter(Boolean).join(", ") : listed(alone);
  return capitalized(text);
}

function describeTemplate(key: ProjectTemplateKey): TemplateInfo {
  const template = templates[key];
  const steps = template.entityTypes
    .map((type) => ({ on: capitalized(plural(type.name)), names: template.taskTypes.filter((t) => t.entityTypeKey === type.key).map((t) => t.name) }))
    .filter((s) => s.names.length > 0)
    .map((s) => ({ on: s.on, names: s.names.join(", ") }));
  return {
    ...templateBlurbs[key],
    kind: template.kind,
    hierarchy: describeHierarchy(template.entityTypes),
    assetTypes: template.assetTypes.join(", "),
    steps,
    slots: template.slots.map((s) => s.displayName).join(", ") || "None",
  };
}

/** What each template presets, in words, read from the definition the server creates projects from. */
export const templateInfo = Object.fromEntries(projectTemplates.map((key) => [key, describeTemplate(key)])) as Record<ProjectTemplateKey, TemplateInfo>;

export const templateLabels = Object.fromEntries(Object.entries(templateBlurbs).map(([k, v]) => [k, v.label]));

/** Every template starts with the same statuses; projects rename, recolour or add to them. */
export const defaultStatusNames = defaultStatuses.map((s) => s.name).join(", ");

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
