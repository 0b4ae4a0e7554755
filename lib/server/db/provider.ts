/** The two supported database providers, named as in `datasource { provider }`. */
export type Provider = 'sqlite' | 'postgresql';

/** The provider a database URL points at: `file:` is SQLite, anything else PostgreSQL. */
export function providerOf(databaseUrl: string): Provider {
  return databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
}
