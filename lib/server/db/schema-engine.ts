import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { providerOf } from './provider';

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let gluePromise: Promise<Glue> | undefined;

// The package entry imports the .wasm file as an ES module, which Node refuses, so the
// wasm-bindgen glue is loaded directly and the module instantiated here, once per process.
async function loadGlue(): Promise<Glue> {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  // Imported by absolute URL: the bare specifier fails under tsx's CommonJS loader.
  const glue = (await import(pathToFileURL(gluePath).href)) as Glue;
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': withUnrefTimers(glue as unknown as WebAssembly.ModuleImports),
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// The engine arms a timer (a lock-wait timeout) that it never clears, which kept every
// command's process alive for ten more seconds; unref'd, the timer still fires in a busy
// process but no longer holds an idle one open.
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const patched = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof value === 'function') {
      patched[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        if (timer && typeof timer === 'object' && 'unref' in timer) (timer as NodeJS.Timeout).unref();
        return timer;
      };
    }
  }
  return patched;
}

const pgCharOid = 18;
const pgTextOid = 25;

// When the engine describes a live PostgreSQL database it reads catalog columns of the
// one-byte "char" type, which @prisma/adapter-pg 7.10 cannot map and rejects. Those values
// arrive as strings anyway, so they are relabelled as text for the engine's connection only.
function catalogReadablePool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === pgCharOid) field.dataTypeID = pgTextOid;
    }
    return result;
  }) as typeof pool.query;
  return pool;
}

/** A schema engine together with the database connections it opened. */
export type OpenSchemaEngine = {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections, so the process can exit at once. */
  close(): Promise<void>;
};

// The engine connects through the factory but never disposes what it connected, so the
// factory is wrapped to remember each connection and close it with the engine.
function trackingAdapterFactory(databaseUrl: string) {
  const factory: SqlMigrationAwareDriverAdapterFactory =
    providerOf(databaseUrl) === 'sqlite'
      ? new PrismaBetterSqlite3({ url: databaseUrl })
      : new PrismaPg(catalogReadablePool(databaseUrl), { disposeExternalPool: true });
  const connections: SqlDriverAdapter[] = [];
  const remember = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    connections.push(adapter);
    return adapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => remember(factory.connect()),
    connectToShadowDb: () => remember(factory.connectToShadowDb()),
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(tracking),
    closeAll: () => Promise.all(connections.splice(0).map((adapter) => adapter.dispose())),
  };
}

/**
 * Starts Prisma's WebAssembly schema engine on a database, so migrations run without the
 * native schema-engine binary (which this project never downloads).
 */
export async function openSchemaEngine(options: {
  databaseUrl: string;
  schema?: { path: string; content: string };
}): Promise<OpenSchemaEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const datamodels: [string, string][] | undefined = options.schema
    ? [[options.schema.path, options.schema.content]]
    : undefined;
  const { factory, closeAll } = trackingAdapterFactory(options.databaseUrl);
  try {
    const engine = await glue.SchemaEngine.new({ datamodels }, () => {}, factory);
    return {
      engine,
      async close() {
        engine.free();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
