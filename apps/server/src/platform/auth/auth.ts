import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Logger } from "pino";
import { uuidv7 } from "uuidv7";
import type { Db } from "../db/pool";
import { accounts, rateLimits, sessions, users, verifications } from "../db/schema";
import type { Mailer } from "../mail/mailer";
import { minPasswordLength, weakPasswordReason } from "./password-strength";

export const clientIpHeader = "x-backlot-client-ip";

type AuthOptions = {
  db: Db;
  log: Logger;
  secret: string;
  publicUrl: string;
  trustedOrigins: string[];
  mailer: Mailer;
  /** Sign-in attempts per client address a minute; sign-ups get twice as many. */
  signInPerMinute?: number;
};

const passwordPaths = new Set(["/sign-up/email", "/reset-password", "/change-password"]);

/** Better Auth on our database: email + password, cookie sessions, password reset by email. */
export function createAuth({ db, log, secret, publicUrl, trustedOrigins, mailer, signInPerMinute = 10 }: AuthOptions) {
  return betterAuth({
    appName: "Backlot",
    // Failed sign-ins are expected traffic, not warnings; errors stay errors.
    logger: { log: (level, message, ...args) => (level === "error" ? log.error({ args }, message) : log.debug({ args }, message)) },
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, url }) {
        await mailer.send({
          to: user.email,
          subject: "Reset your Backlot password",
          text: `Hello ${user.name},\n\nOpen this link to choose a new password (valid for one hour):\n${url}\n\nIf you did not ask for this, ignore this message.`,
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: signInPerMinute },
        "/sign-up/email": { window: 60, max: signInPerMinute * 2 },
        "/request-password-reset": { window: 300, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: "backlot",
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      database: { generateId: () => uuidv7() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!passwordPaths.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const password = body.password ?? body.newPassword;
        if (typeof password !== "string") return;
        const inputs = [body.email, body.name].filter((v): v is string => typeof v === "string");
        const reason = weakPasswordReason(password, inputs);
        if (reason) throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: reason });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
