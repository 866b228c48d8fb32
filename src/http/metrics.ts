// Prometheus metrics for GET /metrics (prom-client). Each app has its own registry: tests run
// several apps in one process, where prom-client's global registry would collide. Labels take
// only values the code bounds — operation names that parsed and validated (at most
// MAX_OPERATION_NAMES, then `other`), error and refusal codes, operation names written in the
// code — never a user id or anything else a client can vary without limit. Services report
// through the Telemetry interface on the request context and never import prom-client; nothing
// here runs SQL.
import crypto from 'node:crypto';
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { RequestContext, Telemetry } from '../context';
import { poolUsage } from '../db/pool';
import type { Admission } from './admission';

/** Distinct operation names labelled; later new names are counted as `other`. */
export const MAX_OPERATION_NAMES = 100;
/** The operation label of a request that never reached a parsed and validated operation. */
export const NO_OPERATION = 'none';

/** Error codes the API answers with (errors-plugin.ts, server.ts, Apollo); any other counts as `other`. */
const ERROR_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR',
  'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const errorClass = (code: unknown) => (typeof code === 'string' && ERROR_CODES.has(code) ? code : 'other');

let processRegistry: Registry | undefined;
/**
 * prom-client's default metrics describe the process, not an app: collected once per process
 * (one GC observer, one event-loop monitor) and merged into every app's scrape.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly registers = [this.registry];

  readonly requests = new Counter({
    name: 'aftercare_graphql_requests_total',
    help: `GraphQL requests at /graphql by operation (its name once it parsed and validated; "anonymous"; "${NO_OPERATION}" when it did not get that far; "other" past ${MAX_OPERATION_NAMES} names) and outcome ("ok", else the first error's code)`,
    labelNames: ['operation', 'outcome'] as const,
    registers: this.registers,
  });
  readonly duration = new Histogram({
    name: 'aftercare_graphql_request_duration_seconds',
    help: 'Time from receiving a /graphql request to handing over its answer, by operation and outcome as in aftercare_graphql_requests_total',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: this.registers,
  });
  readonly usageWrites = new Counter({
    name: 'aftercare_usage_writes_total',
    help: 'Usage writes decided (hold, consume, capture, release, reverse; replays are not decisions), by operation and outcome: "ok" or the first userError code (e.g. QUOTA_EXHAUSTED)',
    labelNames: ['operation', 'outcome'] as const,
    registers: this.registers,
  });
  readonly replays = new Counter({
    name: 'aftercare_idempotent_replays_total',
    help: "Writes answered from their idempotency key's stored result, by operation",
    labelNames: ['operation'] as const,
    registers: this.registers,
  });
  readonly sweepRounds = new Counter({
    name: 'aftercare_hold_sweep_rounds_total',
    help: 'Rounds of the periodic sweep (expire due holds, purge old idempotency keys), by result: ok or failed',
    labelNames: ['result'] as const,
    registers: this.registers,
  });
  readonly holdsExpired = new Counter({
    name: 'aftercare_hold_sweep_expired_holds_total',
    help: 'Holds the sweep moved to EXPIRED',
    registers: this.registers,
  });
  readonly keysPurged = new Counter({
    name: 'aftercare_idempotency_keys_purged_total',
    help: 'Idempotency keys the sweep purged after their retention',
    registers: this.registers,
  });
  readonly catalogRefreshes = new Counter({
    name: 'aftercare_catalog_refreshes_total',
    help: "Loads of the process's catalog cache from the database: the first use, after a configuration write here, or a newer version seen by the poll or a member read",
    registers: this.registers,
  });

  constructor(db: DataSource, admission: Admission) {
    processMetrics(); // now, not at the first scrape: CPU time and event-loop lag count from the start
    const sqlite = db.options.type === 'better-sqlite3';
    new Gauge({
      name: 'aftercare_db_pool_connections_in_use',
      help: sqlite
        ? 'SQLite has no pool (one connection): write transactions running, 0 or 1'
        : 'Database connections of the pool handed out',
      registers: this.registers,
      collect() {
        this.set(poolUsage(db).inUse);
      },
    });
    new Gauge({
      name: 'aftercare_db_pool_waiting',
      help: sqlite
        ? 'SQLite has no pool (one connection): write transactions queued behind the running one'
        : 'Requests waiting for a pooled database connection',
      registers: this.registers,
      collect() {
        this.set(poolUsage(db).waiting);
      },
    });
    new Gauge({
      name: 'aftercare_http_requests_awaiting_turn',
      help: 'GraphQL requests read and waiting to start: under load they start in arrival order, a batch per event-loop turn (src/http/admission.ts)',
      registers: this.registers,
      collect() {
        this.set(admission.queued);
      },
    });
  }

  /** Starts timing one /graphql request; the meter is also the request's Telemetry. */
  request(): RequestMeter {
    return new RequestMeter(this);
  }

  /** The label of an operation that parsed and validated: its name, bounded in number. */
  operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  /** The app's metrics and the process's, in Prometheus' text format. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, processMetrics()]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }

  /** Tells each request's meter the operation once it resolved, and what GraphQL answered. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      async requestDidStart({ contextValue }) {
        const meter = contextValue.telemetry;
        if (!(meter instanceof RequestMeter)) return;
        return {
          // Called only after the document parsed and validated and the operation was found.
          async didResolveOperation({ operationName }) {
            meter.resolved(operationName);
          },
          async willSendResponse({ response }) {
            meter.answered(response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
          },
        };
      },
    };
  }
}

/** One /graphql request: its operation, its outcome, and what its services report. */
export class RequestMeter implements Telemetry {
  private readonly started = process.hrtime.bigint();
  private operation = NO_OPERATION;
  private outcome: string | null = null;
  private finished = false;

  constructor(private readonly metrics: Metrics) {}

  usageDecided(operation: string, outcome: string): void {
    this.metrics.usageWrites.inc({ operation, outcome });
  }

  replayed(operation: string): void {
    this.metrics.replays.inc({ operation });
  }

  resolved(operationName: string | null): void {
    this.operation = this.metrics.operationLabel(operationName);
  }

  answered(errors: readonly GraphQLFormattedError[] | undefined): void {
    this.outcome = errors?.length ? errorClass(errors[0].extensions?.code) : 'ok';
  }

  /**
   * Once the answer is handed over. `problem`: the code of an answer the HTTP layer gave instead
   * of GraphQL's (bad token, body too large, no answer in time). An answer Apollo gave before
   * running GraphQL (CSRF, method) has no outcome yet: its status decides.
   */
  finish(status: number, problem?: string): void {
    if (this.finished) return;
    this.finished = true;
    const labels = { operation: this.operation, outcome: problem ? errorClass(problem) : this.outcome ?? (status < 400 ? 'ok' : 'BAD_REQUEST') };
    this.metrics.requests.inc(labels);
    this.metrics.duration.observe(labels, Number(process.hrtime.bigint() - this.started) / 1e9);
  }
}

/** Whether an Authorization header carries the metrics token (compared in constant time). */
export function metricsAuthorized(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(given), digest(token));
}
