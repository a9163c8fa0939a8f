import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { type mentionKinds, mentionPattern } from "@backlot/contracts/core/comments";

export type MentionRef = { kind: (typeof mentionKinds)[number]; ref: string; label: string };
type MentionToken = Tokens.Generic & MentionRef;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const mentionAtStart = new RegExp(`^${mentionPattern.source}`);

const marked = new Marked({ gfm: true, breaks: true, async: false });
marked.use({
  extensions: [
    {
      name: "mention",
      level: "inline",
      start: (src) => {
        const at = src.indexOf("@[");
        return at < 0 ? undefined : at;
      },
      tokenizer(src) {
        const m = mentionAtStart.exec(src);
        if (!m) return undefined;
        return { type: "mention", raw: m[0], label: m[1] as string, kind: m[2] as MentionRef["kind"], ref: (m[3] as string).trim() };
      },
      renderer(token) {
        const t = token as MentionToken;
        return `<span class="mention" data-mention-kind="${escapeHtml(t.kind)}" data-mention-ref="${escapeHtml(t.ref)}">@${escapeHtml(t.label)}</span>`;
      },
    },
  ],
});

/**
 * What a comment may render to: Markdown's text formatting, links (opened safely) and code;
 * no images (tracking pixels), no scripts, styles or event handlers (CORE-5 "rendered safely").
 */
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "del", "input"].filter((t) => t !== "img"),
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    span: ["class", "data-mention-kind", "data-mention-ref"],
    code: ["class"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    input: ["type", "checked", "disabled"],
  },
  allowedClasses: { span: ["mention"], code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" } }),
    // GFM task lists only: any other input becomes a disabled checkbox.
    input: (tagName, attribs) => ({ tagName, attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) } }),
  },
};

/** Renders a comment's Markdown to safe HTML and lists the mentions it contains (outside code). */
export function renderMarkdown(body: string): { html: string; mentions: MentionRef[] } {
  const tokens = marked.lexer(body);
  const mentions: MentionRef[] = [];
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === "mention") {
      const t = token as MentionToken;
      mentions.push({ kind: t.kind, ref: t.ref, label: t.label });
    }
  });
  return { html: sanitizeHtml(marked.parser(tokens), sanitizeOptions), mentions };
}

/** The body as plain text for inbox excerpts: mentions become "@Label". */
export function plainText(body: string): string {
  return body.replace(new RegExp(mentionPattern.source, "g"), "@$1");
}
