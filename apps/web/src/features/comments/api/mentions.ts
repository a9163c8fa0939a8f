import { mentionPattern } from "@backlot/contracts/core/comments";

export type MentionKind = "user" | "person" | "department";
export type Mention = { kind: MentionKind; ref: string; label: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The token the API reads: `@[Label](kind:ref)`. Brackets in a label would end it early. */
export function mentionToken(m: Mention): string {
  return `@[${m.label.replace(/[[\]\n]/g, " ")}](${m.kind}:${m.ref})`;
}

/**
 * A comment's Markdown as its author edits it: mentions read `@Label`, and the picked
 * mentions are kept aside so saving can turn them back into tokens.
 */
export function toEditable(markdown: string): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  const text = markdown.replace(new RegExp(mentionPattern.source, "g"), (_all, label: string, kind: MentionKind, ref: string) => {
    if (!mentions.some((m) => m.kind === kind && m.ref === ref)) mentions.push({ kind, ref, label });
    return `@${label}`;
  });
  return { text, mentions };
}

/** The edited text as Markdown: every `@Label` of a picked mention becomes its token. */
export function toMarkdown(text: string, mentions: readonly Mention[]): string {
  // Longest labels first, so "@Mia Member" is not taken for "@Mia".
  const ordered = [...mentions].sort((a, b) => b.label.length - a.label.length);
  let out = text;
  const placeholders: string[] = [];
  for (const m of ordered) {
    const re = new RegExp(`@${escapeRegExp(m.label)}(?![\\p{L}\\p{N}_])`, "gu");
    out = out.replace(re, () => {
      placeholders.push(mentionToken(m));
      return `\u0000${placeholders.length - 1}\u0000`;
    });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks placeholders no user text contains
  return out.replace(/\u0000(\d+)\u0000/g, (_all, i: string) => placeholders[Number(i)] ?? "");
}

/** The `@query` being typed just before the caret, if any. */
export function activeMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@()[\]]{0,40}(?: [^\s@()[\]]{0,40})?)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? "";
  return { start: caret - query.length - 1, query };
}
