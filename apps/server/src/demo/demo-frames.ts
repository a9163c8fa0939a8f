import sharp from "sharp";

/**
 * Stand-in frames for the demo studio's versions: a night harbour plate in the sequence's
 * light (dusk harbour, lantern market, storm, lighthouse), letterboxed to 2.39:1 with the
 * burn-ins a studio's review renders carry. Drawn as SVG and encoded by sharp, so the files
 * are real JPEGs that take the same upload and thumbnail path as an artist's render.
 */
export type FrameSpec = { shot: string; step: string; version: number; frame: number; artist: string; date: string };

const width = 1920;
const height = 1080;
const bar = 138; // 1080 - 1920/2.39, halved: the letterbox of a 2.39:1 show
const horizon = 640;

type Palette = { sky: [string, string, string]; sea: [string, string]; light: string; rain: boolean };
const palettes: Record<string, Palette> = {
  HBR: { sky: ["#0b1626", "#3d5a80", "#e07a5f"], sea: ["#1d3147", "#070d16"], light: "#ffc46b", rain: false },
  MKT: { sky: ["#140f24", "#4a2f5a", "#f2a65a"], sea: ["#2a1f33", "#0a0710"], light: "#ffb347", rain: false },
  STM: { sky: ["#05080c", "#1e2b38", "#4f6272"], sea: ["#18232d", "#04070a"], light: "#dfe9f2", rain: true },
  LGT: { sky: ["#02050b", "#16304f", "#8fb8c9"], sea: ["#10243a", "#02060c"], light: "#fff3c4", rain: false },
};

/** A small deterministic generator, so a shot's plate is the same on every seed. */
function random(seedText: string) {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

function skyline(rand: () => number): string {
  const parts: string[] = [];
  for (let x = -20; x < width; ) {
    const w = 40 + rand() * 140;
    const h = 30 + rand() * 150;
    parts.push(`<rect x="${x.toFixed(0)}" y="${(horizon - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}"/>`);
    if (rand() < 0.35) parts.push(`<rect x="${(x + w / 2).toFixed(0)}" y="${(horizon - h - 120).toFixed(0)}" width="3" height="120"/>`);
    x += w + rand() * 30;
  }
  return `<g fill="#05070b">${parts.join("")}</g>`;
}

/** Harbour lights: warm glows on the skyline and their streaks on the water. */
function lights(rand: () => number, p: Palette, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = rand() * width;
    const y = horizon - 20 - rand() * 140;
    const r = 18 + rand() * 46;
    parts.push(`<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="url(#glow)"/>`);
    parts.push(`<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="2.5" fill="${p.light}"/>`);
    parts.push(shimmer(rand, x, p.light));
  }
  return parts.join("");
}

/** A light's reflection broken up by the swell: short dashes, wider and fainter further down. */
function shimmer(rand: () => number, x: number, color: string): string {
  const dashes: string[] = [];
  for (let y = horizon + 6, i = 0; y < height - bar && i < 14; y += 10 + rand() * 16, i++) {
    const w = 6 + i * 2.5 + rand() * 14;
    const dx = (rand() - 0.5) * (6 + i * 2);
    dashes.push(
      `<rect x="${(x + dx - w / 2).toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="3" fill-opacity="${(0.5 - i * 0.03).toFixed(2)}"/>`,
    );
  }
  return `<g fill="${color}">${dashes.join("")}</g>`;
}

/** A trawler moored in the foreground, the show's recurring hero boat. */
function trawler(rand: () => number): string {
  const x = 200 + rand() * 1200;
  const y = horizon + 70 + rand() * 60;
  return `<g fill="#030406"><path d="M${x} ${y} l420 0 l-40 48 l-350 0 z"/><rect x="${x + 250}" y="${y - 70}" width="90" height="70"/>
    <rect x="${x + 120}" y="${y - 210}" width="5" height="210"/><rect x="${x + 300}" y="${y - 150}" width="4" height="80"/>
    <rect x="${x + 262}" y="${y - 58}" width="22" height="16" fill="#ffc46b" fill-opacity="0.8"/></g>`;
}

function lighthouse(p: Palette): string {
  const x = 1420;
  return `<g><polygon points="${x - 26},${horizon} ${x + 26},${horizon} ${x + 12},${horizon - 260} ${x - 12},${horizon - 260}" fill="#0a0d12"/>
    <rect x="${x - 18}" y="${horizon - 290}" width="36" height="30" fill="${p.light}"/>
    <polygon points="${x},${horizon - 275} 0,${horizon - 420} 0,${horizon - 330}" fill="${p.light}" fill-opacity="0.12"/>
    <circle cx="${x}" cy="${horizon - 275}" r="120" fill="url(#glow)"/></g>`;
}

function rain(rand: () => number, amount: number): string {
  const parts: string[] = [];
  for (let i = 0; i < amount; i++) {
    const x = rand() * (width + 300);
    const y = bar + rand() * (height - 2 * bar);
    parts.push(`<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${(x - 18).toFixed(0)}" y2="${(y + 60).toFixed(0)}"/>`);
  }
  return `<g stroke="#c9d6e3" stroke-width="1.2" stroke-opacity="0.22">${parts.join("")}</g>`;
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);

function burnIns(f: FrameSpec): string {
  const v = `v${String(f.version).padStart(3, "0")}`;
  const text = (x: number, y: number, anchor: string, s: string, size = 26, fill = "#c8ccd2") =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="DejaVu Sans Mono, monospace" font-size="${size}" fill="${fill}">${escapeXml(s)}</text>`;
  const top = bar / 2 + 9;
  const bottom = height - bar / 2 + 9;
  return [
    text(48, top, "start", "HARBOUR LIGHTS · HBL"),
    text(width / 2, top + 2, "middle", `${f.shot}  ${f.step.toLowerCase()}  ${v}`, 34, "#eef1f4"),
    text(width - 48, top, "end", f.date),
    text(48, bottom, "start", `${f.step} · ${f.artist}`),
    text(width / 2, bottom, "middle", "MERIDIAN PICTURES · CONFIDENTIAL", 22, "#8a9099"),
    text(width - 48, bottom, "end", `${f.frame}`, 30, "#eef1f4"),
  ].join("");
}

/** Darkened edges, as linear ramps: a full-frame radial gradient costs librsvg five times as much. */
function vignette(): string {
  const ramp = (transform: string, w: number, h: number) => `<rect width="${w}" height="${h}" fill="url(#edge)" transform="${transform}"/>`;
  return [
    ramp("", 420, height),
    ramp(`translate(${width} ${height}) rotate(180)`, 420, height),
    ramp(`translate(${width} ${bar}) rotate(90)`, 240, width),
    ramp(`translate(0 ${height - bar}) rotate(-90)`, 240, width),
  ].join("");
}

/** Each shot's own framing: the horizon higher or lower, pushed in on a different part of the harbour. */
function camera(rand: () => number): string {
  const zoom = 1 + rand() * 0.4;
  const lift = (rand() - 0.5) * 180;
  const focus = 300 + rand() * (width - 600);
  return `translate(${focus.toFixed(0)} ${(horizon + lift).toFixed(0)}) scale(${zoom.toFixed(3)}) translate(${(-focus).toFixed(0)} ${-horizon})`;
}

function svgFor(f: FrameSpec): string {
  const p = palettes[f.shot.slice(0, 3)] ?? (palettes.HBR as Palette);
  const rand = random(f.shot);
  // Each version is a new grade of the same plate: later versions sit a touch warmer and brighter.
  const grade = Math.min(f.version - 1, 3) * 0.06;
  const storm = p.rain || f.step === "FX";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="0.6" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[2]}"/></linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sea[0]}"/><stop offset="1" stop-color="${p.sea[1]}"/></linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="${p.light}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient>
    <linearGradient id="haze" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.light}" stop-opacity="0"/><stop offset="1" stop-color="${p.light}" stop-opacity="1"/></linearGradient>
    <linearGradient id="edge"><stop offset="0" stop-color="#000" stop-opacity="0.65"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>
  </defs>
  <g transform="${camera(rand)}">
  <rect x="-200" y="-600" width="${width + 400}" height="${horizon + 600}" fill="url(#sky)"/>
  <rect x="-200" y="${horizon}" width="${width + 400}" height="1000" fill="url(#sea)"/>
  <rect x="-200" y="${horizon - 260}" width="${width + 400}" height="260" fill="url(#haze)" fill-opacity="${(0.3 + grade).toFixed(2)}"/>
  ${skyline(rand)}
  ${lights(rand, p, 9 + f.version * 3)}
  ${f.shot.startsWith("LGT") ? lighthouse(p) : ""}
  ${f.shot.startsWith("HBR") || f.shot.startsWith("STM") ? trawler(rand) : ""}
  </g>
  ${storm ? rain(rand, f.step === "FX" ? 420 : 260) : ""}
  <rect width="${width}" height="${height}" fill="#ffb070" fill-opacity="${grade.toFixed(2)}"/>
  ${vignette()}
  <rect width="${width}" height="${bar}" fill="#000"/>
  <rect y="${height - bar}" width="${width}" height="${bar}" fill="#000"/>
  ${burnIns(f)}
</svg>`;
}

/** One 1920×1080 JPEG frame. */
export function renderFrame(f: FrameSpec): Promise<Buffer> {
  return sharp(Buffer.from(svgFor(f)))
    .jpeg({ quality: 86, mozjpeg: false })
    .toBuffer();
}
