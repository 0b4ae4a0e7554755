import type { Database } from '@/lib/server/db/create-client';
import type { Persona, PersonaUser, World } from './personas';

/** A server action or route handler, called the way Next.js would call it. */
export type Endpoint = (...args: unknown[]) => unknown;

/** What a matrix cell knows: a fresh world, its database, and who is asking. */
export interface CellContext {
  world: World;
  db: Database;
  persona: Persona;
  /** The persona's user, or null for anonymous. */
  user: PersonaUser | null;
}

/**
 * One row of the authorization matrix, keyed `app/<path>#<exportName>`:
 * - `allow` lists the personas that must get past authorization; every other persona must be denied.
 *   `call` invokes the endpoint (the module's export, passed in) with valid input built from the world.
 * - `public` marks an endpoint anyone may call, with the reason; it is not called.
 */
export type MatrixEntry =
  | { allow: readonly Persona[]; call: (endpoint: Endpoint, context: CellContext) => unknown }
  | { public: string };

export type MatrixEntries = Record<string, MatrixEntry>;

/** Shorthands for `allow`. */
export const everyone: readonly Persona[] = ['anonymous', 'learner', 'outsider', 'owner', 'admin', 'author', 'reviewer'];
export const signedIn: readonly Persona[] = ['learner', 'outsider', 'owner', 'admin', 'author', 'reviewer'];
/** Either studio role (ADR 010). */
export const studioPeople: readonly Persona[] = ['author', 'reviewer'];
export const adminsOnly: readonly Persona[] = ['admin'];
/** The owner of `world.practiceId`; managers are covered by the practices tests. */
export const practiceOwners: readonly Persona[] = ['owner'];
export const nobody: readonly Persona[] = [];

/** A Request for route handlers, as Next.js builds one. */
export function request(path: string, init?: RequestInit): Request {
  return new Request(new URL(path, 'http://localhost:3000'), init);
}

/** Route handler context with its dynamic segments, as Next.js passes it. */
export function routeParams<T extends Record<string, string>>(params: T): { params: Promise<T> } {
  return { params: Promise.resolve(params) };
}
