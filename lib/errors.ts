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
  /** The deployment is missing a setting (SMTP, secrets); the message names it for the operator. */
  CONFIGURATION: 500,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/** Shown instead of the real message when an error is not safe to show. */
export const genericErrorMessage = 'Something went wrong on our side. Please try again in a moment.';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Seconds the caller should wait before retrying (RATE_LIMITED only). */
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = appErrorStatus[code];
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** True for AppError, also across module copies (Next bundles server code more than once). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error && typeof error.code === 'string' && error.code in appErrorStatus);
}

/** The message a user may see: the AppError message for client errors, a generic one otherwise (logged). */
export function publicErrorMessage(error: unknown): string {
  if (isAppError(error) && error.status < 500) return error.message;
  console.error(error);
  return genericErrorMessage;
}

/** A JSON error response for route handlers, with the status the code maps to. */
export function toErrorResponse(error: unknown): Response {
  const code: AppErrorCode = isAppError(error) ? error.code : 'INTERNAL';
  const headers = new Headers();
  if (isAppError(error) && error.retryAfterSeconds !== undefined) headers.set('Retry-After', String(error.retryAfterSeconds));
  return Response.json({ error: { code, message: publicErrorMessage(error) } }, { status: appErrorStatus[code], headers });
}

/** What a server action returns on failure, so forms can show the message next to the fields. */
export interface ActionFailure {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** Turns a caught error into an ActionFailure (unknown errors are logged and shown generically). */
export function toActionFailure(error: unknown): ActionFailure {
  const code: AppErrorCode = isAppError(error) ? error.code : 'INTERNAL';
  return { ok: false, code, message: publicErrorMessage(error) };
}
