import path from 'node:path';
import { z } from 'zod';

/** The SQLite file used when DATABASE_URL is not set. */
export const defaultDatabaseUrl = 'file:./data/postwise.db';

/** The PostgreSQL server used by integration tests when TEST_DATABASE_URL is not set. */
export const defaultTestDatabaseUrl = 'postgresql://postgres@127.0.0.1:5432/test';

// Every variable the app reads, declared once. Add new ones here, with a default
// when the app can run without them.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(defaultDatabaseUrl)
    .transform((value) => value || defaultDatabaseUrl)
    .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
      message: 'must start with file: (SQLite) or postgresql:// (PostgreSQL)',
    })
    .transform(resolveDatabaseUrl),
  /** PostgreSQL server for integration tests and for writing PostgreSQL migrations. */
  TEST_DATABASE_URL: z.url().default(defaultTestDatabaseUrl),
  /** CI sets this so integration tests fail, instead of skipping, when PostgreSQL is unreachable. */
  REQUIRE_POSTGRES: booleanFlag(false),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Interface `npm start` binds; unset: loopback for the quick start, every interface once PUBLIC_BASE_URL is set. */
  HOSTNAME: z.string().trim().min(1).optional(),
  POSTWISE_MIGRATE_ON_START: booleanFlag(true),
  /** if-empty: seed only an empty database; always: re-run the idempotent seed; never: production. */
  POSTWISE_SEED_ON_START: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
  /**
   * The public origin of every absolute URL the app makes (email links, redirects after sign-in,
   * certificate QR codes), e.g. https://cpd.example.org. Unset: the quick start's http://localhost:PORT.
   */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, e.g. https://cpd.example.org' })
    .transform((value) => new URL(value).origin)
    .optional(),
  /**
   * How many reverse proxies sit in front of the app: the client address for rate limits is read
   * this many hops deep in X-Forwarded-For, and from the socket with 0 (the default). X-Forwarded-Host
   * and -Proto are never believed: host and protocol come from the public origin (scripts/app-server.ts).
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Minutes without a request after which a session ends (shared front-desk computers). Default: a working day. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(8 * 60),
  /** Days after signing in that a session ends however active it is. */
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Days after a certificate is revoked during which an administrator may reinstate it (0: never). */
  CERTIFICATE_REINSTATE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /**
   * Ed25519 private key (PKCS#8 PEM) that signs certificates. Without it a key is generated on
   * first use and kept in the database (fine for demos; production should set this from a secret store).
   */
  CERTIFICATE_SIGNING_KEY: z
    .string()
    .trim()
    // Secret stores and one-line .env files often carry the PEM's line breaks as a literal \n.
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine((value) => value === '' || /^-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----$/.test(value), {
      message: 'must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)',
    })
    .transform((value) => value || undefined)
    .optional(),
  /**
   * Public keys (SPKI PEM, one or more blocks) of signing keys rotated out. With
   * CERTIFICATE_SIGNING_KEY set, certificates verify only against that key and these.
   */
  CERTIFICATE_RETIRED_PUBLIC_KEYS: z
    .string()
    .trim()
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine((value) => value === '' || /^(-----BEGIN PUBLIC KEY-----[^-]+-----END PUBLIC KEY-----\s*)+$/.test(value), {
      message: 'must be one or more PEM public keys (-----BEGIN PUBLIC KEY-----)',
    })
    .transform((value) => value.match(/-----BEGIN PUBLIC KEY-----[^-]+-----END PUBLIC KEY-----/g) ?? [])
    .default([]),
  /** Signs Auth.js tokens and cookies. Required with PostgreSQL; with SQLite one is generated beside the database file. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  /** SMTP server for sign-in links and notifications, e.g. smtps://user:pass@mail.example.org:465. */
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\//.test(value), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  /**
   * Sign-in emails per client IP address per 15 minutes. A whole hospital trust or practice can
   * sit behind one address, so this is generous; the per-address limit (5) is the strict one.
   */
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(100),
  /** Sender of every email. */
  EMAIL_FROM: z.string().trim().min(3).default('Postwise <no-reply@postwise.invalid>'),
  /** Demo only: keep emails in the database and show them at /outbox instead of sending them. */
  EMAIL_OUTBOX: booleanFlag(false),
  /** OpenID Connect single sign-on (e.g. a defence union's member portal); all three enable it. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  /** The button label: "Sign in with <OIDC_NAME>". */
  OIDC_NAME: z.string().trim().min(1).default('your defence organisation'),
});

export type Env = z.infer<typeof envSchema>;

/** "true"/"false" (also 1/0, yes/no) as a boolean, so `FLAG=false` really means false. */
function booleanFlag(fallback: boolean) {
  return z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');
}

let parsed: Env | undefined;

/** Validated environment, parsed on first use so importing this module never throws. */
export function getEnv(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** The repository root: npm scripts, Next and vitest all run from it. */
export function repoRoot(): string {
  return process.cwd();
}

/** Makes a relative SQLite path absolute from the repo root so every tool opens the same file. */
export function resolveDatabaseUrl(url: string): string {
  if (!url.startsWith('file:')) return url;
  const filePath = url.slice('file:'.length);
  if (filePath === ':memory:' || path.isAbsolute(filePath)) return url;
  // turbopackIgnore: the database file is chosen at run time, not part of the build's file trace.
  return `file:${path.resolve(/*turbopackIgnore: true*/ repoRoot(), filePath)}`;
}

/** The public origin from configuration: PUBLIC_BASE_URL, or the quick start's http://localhost:PORT. */
export function publicOriginOf(env: Pick<Env, 'PUBLIC_BASE_URL' | 'PORT'>): string {
  return env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;
}
