import { createHash, randomBytes } from "node:crypto";

/** Personal API tokens: "blt_" + 32 random bytes; only the SHA-256 is stored. */
export const tokenPrefix = "blt_";

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = tokenPrefix + randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token), prefix: token.slice(0, 10) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Invitation and other one-off link secrets share the same shape. */
export function generateSecret(): { secret: string; hash: string } {
  const secret = randomBytes(24).toString("base64url");
  return { secret, hash: hashToken(secret) };
}
