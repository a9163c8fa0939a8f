import dayjs from "dayjs";
import localizedFormat from "dayjs/plugin/localizedFormat";
import relativeTime from "dayjs/plugin/relativeTime";

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

export function formatRelative(iso: string | null | undefined): string {
  return iso ? dayjs(iso).fromNow() : "—";
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("lll") : "—";
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format("ll") : "—";
}

/** "displayName" → "Display name", "auditRetentionDays" → "Audit retention days". */
export function humanizeField(field: string): string {
  const words = field
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

/** "£1,250" / "£1,250.50"; without a currency just the number. */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined) return "—";
  const fraction = Number.isInteger(amount) ? 0 : 2;
  if (!currency) return amount.toLocaleString(undefined, { maximumFractionDigits: 2 });
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency, minimumFractionDigits: fraction, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency}`;
  }
}
