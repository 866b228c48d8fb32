// The request context: passed first to every service call, as in Vendure. It carries who is
// asking, the request's clock reading, the per-request loaders and the database.
import { DataSource } from 'typeorm';
import { Actor } from './auth/roles';
import { Config } from './config';
import { createLoaders, Loaders } from './loaders';
import { CatalogCache } from './services/catalog';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * Named points inside a write where a test may hold a request, to force an interleaving (see
 * test/integration/interleaving.test.ts). Production passes none: the points cost nothing.
 */
export type WritePoint = 'before-lock';
export type Checkpoint = (point: WritePoint) => Promise<void>;
const noCheckpoint: Checkpoint = async () => undefined;

export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  /** The instant this request is decided at; decision code never reads the wall clock itself. */
  now: Date;
  db: DataSource;
  config: Config;
  /** The process-wide catalog; `loaders.catalog()` is this request's view of it. */
  catalog: CatalogCache;
  loaders: Loaders;
  checkpoint: Checkpoint;
}

export function createRequestContext(args: {
  requestId: string;
  actor: Actor | null;
  clock: Clock;
  db: DataSource;
  config: Config;
  catalog: CatalogCache;
  checkpoint?: Checkpoint;
}): RequestContext {
  const now = args.clock();
  return {
    requestId: args.requestId,
    actor: args.actor,
    now,
    db: args.db,
    config: args.config,
    catalog: args.catalog,
    loaders: createLoaders(args.db, args.catalog, now, args.config.businessTimeZone),
    checkpoint: args.checkpoint ?? noCheckpoint,
  };
}

/** The actor of a request that passed the auth checker. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('actorOf called on an anonymous request');
  return ctx.actor;
}
