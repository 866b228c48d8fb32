// A real Aftercare server in its own process, for tests that need several servers on one database
// (see cluster.ts, which spawns it). Run as:
//   node -r ts-node/register/transpile-only test/support/server-process.ts
// Environment:
//   DATABASE_URL, AUTH_JWT_SECRET, BUSINESS_TIMEZONE (as for the real server; PORT is ignored, it
//     always listens on a free port);
//   AFTERCARE_TEST_NOW     optional ISO instant: the server's clock then returns exactly that instant
//                          on every call (a frozen clock; time does not move on its own);
//   AFTERCARE_TEST_CLOCK_OFFSET_MS  optional: the real, moving clock shifted by this many ms (a
//                          machine whose clock is ahead or behind);
//   AFTERCARE_SKIP_MIGRATIONS=1  never migrate: the database must already be migrated, else the
//                          process fails at start (cluster.ts sets this, so processes never race to
//                          migrate). Without it, pending migrations are applied before listening.
// Prints exactly one line "READY <url>" on stdout once listening; logs go to stderr. On SIGTERM or
// SIGINT it stops the server, closes the database and exits 0. It also exits when its stdin closes,
// so it cannot outlive the process that spawned it with a stdin pipe.
import 'reflect-metadata';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { startAftercare } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Clock } from '../../src/context';
import { createDataSource } from '../../src/db/data-source';

function fail(message: string): never {
  process.stderr.write(`server-process failed: ${message}\n`);
  process.exit(1);
}

function clockFromEnv(): Clock | undefined {
  const offset = Number(process.env.AFTERCARE_TEST_CLOCK_OFFSET_MS || 0);
  if (!Number.isFinite(offset)) fail(`AFTERCARE_TEST_CLOCK_OFFSET_MS "${process.env.AFTERCARE_TEST_CLOCK_OFFSET_MS}" is not a number`);
  const raw = process.env.AFTERCARE_TEST_NOW;
  if (!raw) return offset ? () => new Date(Date.now() + offset) : undefined;
  const fixed = new Date(raw);
  if (Number.isNaN(fixed.getTime())) fail(`AFTERCARE_TEST_NOW "${raw}" is not an ISO instant`);
  return () => new Date(fixed);
}

/** Like openDatabase, but migrates only when needed (or never, with AFTERCARE_SKIP_MIGRATIONS=1). */
async function openDatabaseOnce(url: string): Promise<DataSource> {
  const db = await createDataSource(url);
  await db.initialize();
  const pending = await db.showMigrations();
  if (pending) {
    if (process.env.AFTERCARE_SKIP_MIGRATIONS === '1') {
      await db.destroy();
      fail('the database has pending migrations; migrate it before starting server processes');
    }
    await db.runMigrations({ transaction: 'each' });
  }
  return db;
}

async function main() {
  if (!process.env.DATABASE_URL) fail('DATABASE_URL is required');
  const config = { ...loadConfig(), port: 0 };
  // Logs on stderr keep stdout for the READY line alone.
  const logger = pino({ level: process.env.LOG_LEVEL || 'error' }, pino.destination(2));
  const db = await openDatabaseOnce(config.databaseUrl);
  const app = await startAftercare({ config, db, logger, clock: clockFromEnv(), port: 0 });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await app.stop();
      await db.destroy();
    } catch (err) {
      process.stderr.write(`server-process shutdown error: ${err instanceof Error ? err.stack : String(err)}\n`);
      code = code || 1;
    }
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown(0));
  process.once('SIGINT', () => void shutdown(0));
  // Orphan guard: the parent holds our stdin open; EOF means it is gone.
  if (!process.stdin.isTTY) {
    process.stdin.on('end', () => void shutdown(0));
    process.stdin.on('error', () => void shutdown(0));
    process.stdin.resume();
  }

  process.stdout.write(`READY ${app.url}\n`);
}

main().catch((err) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
