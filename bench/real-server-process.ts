// The real Aftercare server in a child process of the bench, on an already migrated and seeded
// database, so the load generator (autocannon, in the parent) and the server do not share a core.
// Forked by server-processes.ts with an IPC channel; environment as for the real server
// (DATABASE_URL, AUTH_JWT_SECRET, NODE_ENV, LOG_LEVEL, …), it always listens on a free port.
// Over IPC it answers { kind: 'stats' } with what it has done since it started (process-stats.ts):
// SQL statements its requests sent (TypeORM's query logger, minus the catalog's background poll),
// CPU time and memory. It sends { kind: 'ready', url } once listening; on SIGTERM/SIGINT (or when
// the parent goes away) it stops the server, closes the database and exits 0.
import 'reflect-metadata';
import pino from 'pino';
import { startAftercare } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { serveStats, StatementTally } from './process-stats';

async function main() {
  const config = { ...loadConfig(), port: 0 };
  const logger = pino({ level: process.env.LOG_LEVEL || 'warn' }, pino.destination(2));
  const statements = new StatementTally();
  const db = await createDataSource(config.databaseUrl, statements);
  await db.initialize();
  if (await db.showMigrations()) throw new Error('the database has pending migrations; the bench migrates it before starting servers');
  const app = await startAftercare({ config, db, logger, port: 0 });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    let code = 0;
    try {
      await app.stop();
      await db.destroy();
    } catch (err) {
      process.stderr.write(`real-server-process shutdown: ${err instanceof Error ? err.stack : String(err)}\n`);
      code = 1;
    }
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  process.once('disconnect', () => void shutdown());
  serveStats(() => statements.count);
  process.send!({ kind: 'ready', url: app.url });
}

main().catch((err) => {
  process.stderr.write(`real-server-process failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
