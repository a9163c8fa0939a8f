import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const keyLength = 32;

/** A new review-link token: 32 random bytes, shown once; only its SHA-256 is stored. */
export function newLinkToken(): string {
  return `blr_${randomBytes(32).toString("base64url")}`;
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Review-link passwords are stored as salted scrypt hashes, never in the clear. */
export async function hashLinkPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, keyLength);
  return `scrypt$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

export async function verifyLinkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * The key that lets a browser fetch one file of a password-protected link without sending the
 * password again (an <img> or <video> cannot send headers). It is derived from the password's
 * hash, which never leaves the server, so knowing the token alone does not yield it.
 */
export function mediaKey(link: { id: string; passwordHash: string | null }, fileId: string): string {
  return createHash("sha256")
    .update(`${link.id}:${fileId}:${link.passwordHash ?? ""}`)
    .digest("base64url");
}

export function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
