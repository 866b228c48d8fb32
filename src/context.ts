// The request context: passed first to every service call, as in Vendure. It carries who is
// asking, the request's clock reading, the per-request loaders and the one database handle in
// scope: outside a transaction the pool's, inside `transaction(work)` the transaction's, so code
// running in a transaction cannot read around it.
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from './auth/roles';
import { Config } from './config';
import { UserErrorCode } from './domain/codes';
import { withRetry } from './db/failures';
import { inTransaction } from './db/transaction';
import { createLoaders, Loaders } from './loaders';
import { CatalogCache } from './services/catalog';
import { Logger, silentLogger } from './logger';

const silent = silentLogger();

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * Named points inside a write where a test may hold a request, to force an interleaving (see
 * test/integration/interleaving.test.ts). Production passes none: the points cost nothing.
 */
export type WritePoint = 'before-lock' | 'after-commit';
export type Checkpoint = (point: WritePoint) => Promise<void>;
const noCheckpoint: Checkpoint = async () => undefined;

/**
 * What services report for the metrics (src/http/metrics.ts counts it), so they need no metrics
 * library. Only codes and operation names written in the code: never ids or other open values.
 */
export interface Telemetry {
  /** A usage write was decided afresh (not a replay): 'ok' or its refusal's first code. */
  usageDecided(operation: string, outcome: 'ok' | UserErrorCode): void;
  /** A write was answered from its idempotency key's stored result. */
  replayed(operation: string): void;
}
export const noTelemetry: Telemetry = { usageDecided: () => undefined, replayed: () => undefined };

export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  /** The instant this request is decided at; decision code never reads the wall clock itself. */
  now: Date;
  /** The database handle in scope (see `transaction`). */
  em: EntityManager;
  /**
   * Runs `work` in one transaction, with a context whose `em` is the transaction's; contention
   * (deadlock, lock timeout, busy SQLite, a decision found stale) reruns it whole, a bounded
   * number of times. SQLite writes are queued. Inside a transaction this joins it.
   */
  transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T>;
  config: Config;
  /** The process-wide catalog; `loaders.catalog()` is this request's view of it. */
  catalog: CatalogCache;
  loaders: Loaders;
  checkpoint: Checkpoint;
  telemetry: Telemetry;
  /**
   * Long work reports each step done (a simulation's chunk): the request's deadline then counts
   * from there, up to ANALYSIS_TIMEOUT_MS (see http/deadline.ts). Nothing else calls it.
   */
  progress: () => void;
  log: Logger;
}

export function createRequestContext(args: {
  requestId: string;
  actor: Actor | null;
  clock: Clock;
  db: DataSource;
  config: Config;
  catalog: CatalogCache;
  checkpoint?: Checkpoint;
  telemetry?: Telemetry;
  progress?: () => void;
  log?: Logger;
}): RequestContext {
  const now = args.clock();
  const ctx: RequestContext = {
    requestId: args.requestId,
    actor: args.actor,
    now,
    em: args.db.manager,
    transaction: (work) => withRetry(() => inTransaction(args.db, (em) => work(boundTo(ctx, em)))),
    config: args.config,
    catalog: args.catalog,
    loaders: createLoaders(args.db, args.catalog, now, args.config.businessTimeZone),
    checkpoint: args.checkpoint ?? noCheckpoint,
    telemetry: args.telemetry ?? noTelemetry,
    progress: args.progress ?? (() => undefined),
    log: args.log ?? silent,
  };
  return ctx;
}

function boundTo(ctx: RequestContext, em: EntityManager): RequestContext {
  const tx: RequestContext = { ...ctx, em, transaction: (work) => work(tx) };
  return tx;
}

/** The actor of a request that passed the auth checker. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('actorOf called on an anonymous request');
  return ctx.actor;
}
