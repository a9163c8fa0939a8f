import path from "node:path";
import { z } from "zod";

const flag = z.enum(["0", "1", "true", "false", "yes", "no"]).transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.url().optional(),
  BACKLOT_DATA_DIR: z.string().default("data"),
  BACKLOT_PUBLIC_URL: z.url().optional(),
  BACKLOT_TRUSTED_ORIGINS: z.string().optional(),
  BACKLOT_TRUST_PROXY: flag.default(false),
  BACKLOT_COMPRESSION: flag.default(true),
  BACKLOT_DEMO: flag.default(true),
  BACKLOT_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  BACKLOT_WEB_DIST: z.string().optional(),
  /** Largest file upload in bytes; files.size_bytes is an int4, so at most 2^31-1. */
  BACKLOT_UPLOAD_LIMIT: z.coerce.number().int().min(1024).max(2_147_483_647).default(2_000_000_000),
  BACKLOT_JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
  BACKLOT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  SMTP_URL: z.url().optional(),
  SMTP_FROM: z.string().default("Backlot <backlot@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  trustedOrigins: string[];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits, logs). */
  trustProxy: boolean;
  /** Compress large API answers (off when a reverse proxy in front already does). */
  compression: boolean;
  demo: boolean;
  bodyLimit: number;
  uploadLimit: number;
  webDist: string;
  /** How often each node looks for due background jobs (e.g. expired booking challenges). */
  jobPollSeconds: number;
  /** Sign-in attempts per client address a minute (sign-ups: twice that). */
  signInPerMinute: number;
  smtpUrl: string | undefined;
  smtpFrom: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
};

/** npm runs workspace scripts inside the workspace; relative paths mean the user's directory. */
function baseDir(env: NodeJS.ProcessEnv): string {
  return env.INIT_CWD ?? process.cwd();
}

const repoRoot = path.resolve(import.meta.dirname, "../../../../..");

export class ConfigError extends Error {}

/** Parses the environment once at boot and names every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const publicUrl = (e.BACKLOT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const extraOrigins = (e.BACKLOT_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(baseDir(env), e.BACKLOT_DATA_DIR),
    publicUrl,
    trustedOrigins: [new URL(publicUrl).origin, ...extraOrigins],
    trustProxy: e.BACKLOT_TRUST_PROXY,
    compression: e.BACKLOT_COMPRESSION,
    demo: e.BACKLOT_DEMO,
    bodyLimit: e.BACKLOT_BODY_LIMIT,
    uploadLimit: e.BACKLOT_UPLOAD_LIMIT,
    webDist: e.BACKLOT_WEB_DIST ?? path.join(repoRoot, "apps/web/dist"),
    jobPollSeconds: e.BACKLOT_JOB_POLL_SECONDS,
    signInPerMinute: e.BACKLOT_SIGN_IN_PER_MINUTE,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    logLevel: e.LOG_LEVEL,
  };
}
