/**
 * The one application error type (house style 6). Code decides the HTTP status and whether the
 * message may be shown to the user; anything that is not an AppError is reported generically.
 */
export const appErrorStatus = {
  /** No signed-in user: pages redirect to /sign-in, route handlers answer 401. */
  UNAUTHENTICATED: 401,
  /** Signed in, but this user may not do this. */
  FORBIDDEN: 403,
  /** Missing, or hidden from this user (the two are indistinguishable on purpose). */
  NOT_FOUND: 404,
  /** Input failed validation; the message says what to fix. */
  VALIDATION: 400,
  /** The request conflicts with the current state, e.g. a sole owner deleting their account. */
  CONFLICT: 409,
  RATE_LIMITED: 429,
  /**
   * The database cannot save right now (read-only, full, locked too long, unreachable). Nothing
   * was written, so the user can safely try again; recovery needs no restart.
   */
  STORAGE_UNAVAILABLE: 503,
  /** The deployment is missing a setting (SMTP, secrets); the message names it for the operator. */
  CONFIGURATION: 500,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/** Shown instead of the real message when an error is not safe to show. */
export const genericErrorMessage = 'Something went wrong on our side. Please try again in a moment.';

/** What users are told when the database cannot save (STORAGE_UNAVAILABLE). */
export const storageUnavailableMessage =
  "We can't save anything right now because of a problem with our storage. Nothing you have already saved has been lost: please try again in a few minutes.";

// Error codes that mean the database cannot take writes at the moment, as opposed to a bad query:
// SQLite result codes (better-sqlite3 and Prisma's adapter), PostgreSQL SQLSTATEs (read-only
// transaction, disk full, shutting down, connection failures), Node socket errors, Prisma's
// connection error codes and the driver adapters' error kinds.
const storageUnavailableCodes =
  /^(SQLITE_(READONLY|FULL|CANTOPEN|IOERR|BUSY|LOCKED|PROTOCOL)\w*|25006|53100|53200|53300|57P0[1-3]|08\w{3}|E(CONNREFUSED|CONNRESET|TIMEDOUT|NOTFOUND|HOSTUNREACH|AI_AGAIN|PIPE)|P10(01|02|08|17)|P2024|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections)$/;

/**
 * Whether an error, or anything it wraps (`cause`, Prisma's `meta.driverAdapterError`, Auth.js's
 * `cause.err`), says the database cannot save right now. Duck-typed on codes so it works for every
 * layer that wraps database errors without importing them.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value !== 'object' || value === null || depth > 6 || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'kind']) {
      const code = record[key];
      if (typeof code === 'string' && storageUnavailableCodes.test(code)) return true;
    }
    return ['cause', 'meta', 'driverAdapterError', 'err', 'errors'].some((key) =>
      Array.isArray(record[key]) ? (record[key] as unknown[]).some((item) => visit(item, depth + 1)) : visit(record[key], depth + 1),
    );
  };
  return visit(error, 0);
}

/** The AppError an error stands for: itself, STORAGE_UNAVAILABLE for storage faults, else INTERNAL. */
export function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isStorageUnavailable(error)) return new AppError('STORAGE_UNAVAILABLE', storageUnavailableMessage, { cause: error });
  return new AppError('INTERNAL', genericErrorMessage, { cause: error });
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Seconds the caller should wait before retrying (RATE_LIMITED only). */
  readonly retryAfterSeconds?: number;
  /**
   * The input the refusal is about, by the name the form submits it under (`email`, `reason`),
   * when it is about one input: the form then shows the message on that field. Absent when the
   * refusal concerns the request as a whole.
   */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; retryAfterSeconds?: number; field?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = appErrorStatus[code];
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.field = options?.field;
  }
}

/** True for AppError, also across module copies (Next bundles server code more than once). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error && typeof error.code === 'string' && error.code in appErrorStatus);
}

/**
 * The message a user may see: the AppError message for client errors, the storage message when
 * the database cannot save, a generic one otherwise (server-side errors are logged).
 */
export function publicErrorMessage(error: unknown): string {
  const appError = asAppError(error);
  if (appError.status < 500) return appError.message;
  console.error(error);
  return appError.code === 'STORAGE_UNAVAILABLE' ? storageUnavailableMessage : genericErrorMessage;
}

/** A JSON error response for route handlers, with the status the code maps to. */
export function toErrorResponse(error: unknown): Response {
  const { code, retryAfterSeconds } = asAppError(error);
  const headers = new Headers();
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds));
  return Response.json({ error: { code, message: publicErrorMessage(error) } }, { status: appErrorStatus[code], headers });
}

/** What a server action returns on failure, so forms can show the message next to the fields. */
export interface ActionFailure {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Turns a caught error into an ActionFailure (unknown errors are logged and shown generically).
 * A refusal that names its `field` also files its message under that field in `fieldErrors`, so
 * the form marks that input invalid and describes it with the message, as it does for zod's.
 */
export function toActionFailure(error: unknown): ActionFailure {
  const { code, status, field } = asAppError(error);
  const message = publicErrorMessage(error);
  return field && status < 500 ? { ok: false, code, message, fieldErrors: { [field]: [message] } } : { ok: false, code, message };
}
