import type { PersonProfile, UpdatePersonProfileBody } from "@backlot/contracts/booking/profiles";

export type ProfileFormValues = {
  skills: { name: string; level: number }[];
  location: string;
  timeZone: string | null;
  dayRate: number | string;
  currency: string | null;
  experienceYears: number | string;
  portfolioLinks: string[];
  bio: string;
  workDays: string[];
  hoursPerDay: number | string;
};

export const weekdays = [
  { value: "1", label: "Mon" },
  { value: "2", label: "Tue" },
  { value: "3", label: "Wed" },
  { value: "4", label: "Thu" },
  { value: "5", label: "Fri" },
  { value: "6", label: "Sat" },
  { value: "7", label: "Sun" },
];

export const levelNames = ["", "Basic", "Working", "Solid", "Advanced", "Expert"] as const;

export function profileToValues(p: PersonProfile): ProfileFormValues {
  return {
    skills: p.skills.map((s) => ({ name: s.name, level: s.level })),
    location: p.location ?? "",
    timeZone: p.timeZone,
    dayRate: p.dayRate ?? "",
    currency: p.currency,
    experienceYears: p.experienceYears ?? "",
    portfolioLinks: p.portfolioLinks,
    bio: p.bio ?? "",
    workDays: p.workDays.map(String),
    hoursPerDay: p.hoursPerDay,
  };
}

const numberOrNull = (v: number | string) => (v === "" || v === null ? null : Number(v));

/** The fields the user changed, as the PATCH body wants them (empty inputs clear the value). */
export function changedFields(before: ProfileFormValues, after: ProfileFormValues): Omit<UpdatePersonProfileBody, "version"> {
  const all: Omit<UpdatePersonProfileBody, "version"> = {
    skills: after.skills.map((s) => ({ name: s.name.trim(), level: s.level })),
    location: after.location.trim() || null,
    timeZone: after.timeZone || null,
    dayRate: numberOrNull(after.dayRate),
    currency: after.currency || null,
    experienceYears: numberOrNull(after.experienceYears),
    portfolioLinks: after.portfolioLinks,
    bio: after.bio.trim() || null,
    workDays: after.workDays.map(Number).sort((a, b) => a - b),
    hoursPerDay: Number(after.hoursPerDay),
  };
  const keys = Object.keys(all) as (keyof typeof all)[];
  const same = (k: keyof ProfileFormValues) => JSON.stringify(before[k]) === JSON.stringify(after[k]);
  return Object.fromEntries(keys.filter((k) => !same(k)).map((k) => [k, all[k]]));
}

/** "skills.2.level" and "portfolioLinks.1" land on the input that holds the list. */
export function formErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const key = path.split(".")[0] ?? path;
    out[key] ??= message;
  }
  return out;
}

/** "4 days × 6 h = 24 h a week (60% of a 40-hour week)". */
export function capacityLabel(workDays: string[], hoursPerDay: number | string) {
  const hours = Number(hoursPerDay) || 0;
  const weekly = Math.round(workDays.length * hours * 10) / 10;
  const pct = Math.round((weekly / 40) * 100);
  return `${workDays.length} ${workDays.length === 1 ? "day" : "days"} × ${hours} h = ${weekly} h a week${pct < 100 ? ` · part-time (${pct}%)` : ""}`;
}
