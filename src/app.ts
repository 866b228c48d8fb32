// Composition root: the one place that wires config, database, schema and HTTP together.
// (It is the only file in src/ that reaches into resolvers/, to build the schema.)
import { DataSource, Logger as OrmLogger } from 'typeorm';
import { aftercareSchema } from '../resolvers/schema';
import { jwtSecretFor } from './auth/dev-secret';
import { Config } from './config';
import { Checkpoint, Clock } from './context';
import { createDataSource } from './db/data-source';
import { RunningApp, startApp } from './http/server';
import { Logger } from './logger';

/** Connects and applies pending migrations; the schema only ever changes this way. */
export async function openDatabase(config: Config, ormLogger?: OrmLogger): Promise<DataSource> {
  const db = await createDataSource(config.databaseUrl, ormLogger);
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

export async function startAftercare(args: {
  config: Config;
  db: DataSource;
  logger: Logger;
  clock?: Clock;
  checkpoint?: Checkpoint;
  port?: number;
}): Promise<RunningApp> {
  return startApp(
    {
      config: args.config,
      db: args.db,
      schema: await aftercareSchema(),
      auth: {
        // Development falls back to a generated secret kept under ./data; production must configure one.
        secret: args.config.jwtSecret ?? (args.config.jwksUrl ? null : jwtSecretFor(args.config)),
        jwksUrl: args.config.jwksUrl,
        issuer: args.config.issuer,
        audience: args.config.audience,
      },
      logger: args.logger,
      clock: args.clock,
      checkpoint: args.checkpoint,
    },
    args.port,
  );
}
