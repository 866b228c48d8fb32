// The HTTP side: a plain node:http server in front of Apollo (its integration API), so we own
// body limits, health endpoints, bearer-token checks and shutdown.
import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { TokenVerifier, VerifierOptions } from '../auth/token';
import { Config } from '../config';
import { Checkpoint, Clock, createRequestContext, RequestContext, systemClock } from '../context';
import { boundConnectionWaits } from '../db/pool';
import { RequestProblem } from '../errors';
import { Logger } from '../logger';
import { CatalogCache } from '../services/catalog';
import { sweepExpiredHolds } from '../services/hold-sweep';
import { purgeIdempotencyKeys } from '../services/idempotency';
import { Admission } from './admission';
import { errorsPlugin, formatError } from './errors-plugin';
import { Deadline, within } from './deadline';
import { readiness } from './health';
import { createIde } from './ide';
import { Metrics, metricsAuthorized, RequestMeter } from './metrics';
import { isRefusal, persistedOperations } from './persisted';
import { PageResult, serveUsageCsv, USAGE_CSV_QUERY } from './usage-csv';

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_TOKENS = 5000;
/** How long shutdown waits for in-flight requests before closing their connections. */
const DRAIN_MS = 10_000;

/**
 * Limits for hostile queries. The deepest legitimate query (a user's usage → rule → tier → rules
 * → benefit) is 8 levels; CS dashboards alias up to 50 orders in one request.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 60 },
  maxDirectives: { n: 20 },
  // Token counting is left to graphql-js's parser (parseOptions below): armor's plugin turns
  // every syntax error into a 500.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20000 },
});

export interface AppOptions {
  config: Config;
  db: DataSource;
  schema: GraphQLSchema;
  auth: VerifierOptions;
  logger: Logger;
  clock?: Clock;
  /** Tests only: see WritePoint. */
  checkpoint?: Checkpoint;
}

export interface RunningApp {
  url: string;
  server: http.Server;
  stop(): Promise<void>;
}

class HttpProblem extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Reads the body up to MAX_BODY_BYTES; beyond that it stops reading and answers 413. */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume(); // discard the rest so the 413 can be written
      reject(new HttpProblem(413, 'BAD_REQUEST', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (!contentType?.includes('application/json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const errorBody = (message: string, code: string, requestId: string) =>
  ({ errors: [{ message, extensions: { code, requestId, ...(code === 'SERVICE_UNAVAILABLE' ? { retryable: true } : {}) } }] });

/**
 * A request node:http cannot parse (headers over its --max-http-header-size, 16 KiB by default,
 * e.g. a huge bearer token; a malformed request line) never reaches the handler. Node's default
 * answer has an empty body; this one is the JSON error body every other answer has.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) {
  const sent = (socket as { _httpMessage?: http.ServerResponse })._httpMessage?.headersSent;
  if (err.code === 'ECONNRESET' || !socket.writable || sent) return void socket.destroy();
  const [status, reason, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', `Request headers exceed ${http.maxHeaderSize} bytes (is the bearer token that long?).`]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request was not received in time.']
        : [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = JSON.stringify(errorBody(message, 'BAD_REQUEST', crypto.randomUUID()));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Errors of a GraphQL request that was well-formed HTTP but could not be executed. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: an `application/json` answer to a well-formed request is 200 even when its
 * document does not parse or validate, its operation cannot be chosen or its variables do not
 * coerce (such clients read the errors from the body). Apollo answers 400 whatever the media
 * type; `application/graphql-response+json` keeps it, as the spec asks there. Every other status
 * (a malformed request, CSRF refusal, 401, 503 …) stays as it is.
 */
function statusFor(result: HTTPGraphQLResponse): number {
  const status = result.status ?? 200;
  if (status !== 400 || result.body.kind !== 'complete' || !result.headers.get('content-type')?.startsWith('application/json')) return status;
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(result.body.string);
  } catch {
    return status;
  }
  // Variables that do not coerce are BAD_USER_INPUT with no data; a resolver's BAD_USER_INPUT has data (and 200).
  const requestErrors = body.data === undefined && !!body.errors?.length && body.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)));
  return requestErrors ? 200 : status;
}

/** Every `seconds` (0: never), one round at a time: expires due holds, purges old idempotency keys. */
function startSweep(db: DataSource, clock: Clock, config: Config, logger: Logger, metrics: Metrics): NodeJS.Timeout | undefined {
  if (config.holdSweepSeconds <= 0) return undefined;
  let running = false;
  const round = async () => {
    const now = clock();
    const expired = await sweepExpiredHolds(db, now);
    metrics.holdsExpired.inc(expired);
    const purged = await purgeIdempotencyKeys(db, new Date(now.getTime() - config.idempotencyKeyRetentionDays * 86_400_000));
    metrics.keysPurged.inc(purged);
    if (expired || purged) logger.info({ expired, purged }, 'sweep: expired holds, purged idempotency keys');
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    round()
      .then(() => metrics.sweepRounds.inc({ result: 'ok' }))
      .catch((err) => {
        metrics.sweepRounds.inc({ result: 'failed' });
        logger.warn({ err }, 'sweep failed');
      })
      .finally(() => (running = false));
  }, config.holdSweepSeconds * 1000);
  timer.unref();
  return timer;
}

export async function startApp(opts: AppOptions, port = opts.config.port): Promise<RunningApp> {
  const { config, db, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const verifier = new TokenVerifier(opts.auth);
  const production = config.env === 'production';
  const protection = armor.protect();
  const persisted = persistedOperations(config); // reads the manifest once; a bad one fails the start
  // No wait for a database connection outlives the request deadline: past it the client has its
  // answer and the waiter would only hold the request's memory (see boundConnectionWaits).
  boundConnectionWaits(db, config.requestTimeoutMs);
  const admission = new Admission();
  const metrics = new Metrics(db, admission);
  const catalog = new CatalogCache(db, () => metrics.catalogRefreshes.inc());
  catalog.startPolling(config.catalogRefreshMs, (err) => logger.warn({ err }, 'catalog refresh failed'));
  const housekeeping = startSweep(db, clock, config, logger, metrics);
  // Our own offline IDE (ide.ts) instead of Apollo's landing page, which loads its sandbox from a CDN.
  const ide = config.ide && !production ? await createIde({ endpoint: '/graphql', secret: opts.auth.secret, logger }) : null;
  const apollo = new ApolloServer<RequestContext>({
    schema: opts.schema,
    introspection: !production,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: clients must not register operations; see ./persisted.ts.
    persistedQueries: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    formatError: formatError(config.env === 'development'),
    plugins: [
      // Nothing here sets cache hints; Apollo's default plugin would still wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      errorsPlugin(logger),
      metrics.plugin(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, meter: RequestMeter) {
    const actor = await verifier.actorFrom(req.headers.authorization);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request = persisted.apply({
      method: req.method ?? 'GET',
      headers,
      search: url.search,
      body: parseBody(await readBody(req), req.headers['content-type']),
    });
    if (isRefusal(request)) {
      meter.finish(request.status, request.code);
      return sendJson(res, request.status, errorBody(request.message, request.code, requestId));
    }
    await admission.turn();
    // A database that stops answering must not hold the client: past the deadline it is told to
    // retry (a write still in flight may yet commit; its repeat with the same key returns it).
    const deadline = new Deadline(config.requestTimeoutMs, config.analysisTimeoutMs, () =>
      new HttpProblem(503, 'SERVICE_UNAVAILABLE', `No answer within ${config.requestTimeoutMs} ms (the database is not answering). Retry; for writes use the same idempotencyKey.`));
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => createRequestContext({
        requestId, actor, clock, db, config, catalog, checkpoint: opts.checkpoint, telemetry: meter, progress: deadline.progress, log: logger,
      }),
    });
    const result = await deadline.race(execution);
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = statusFor(result);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    meter.finish(res.statusCode);
  }

  /** Prometheus scrapes; with METRICS_TOKEN set, only with that bearer token. */
  async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, errorBody('Metrics are read with GET.', 'BAD_REQUEST', requestId));
    }
    if (config.metricsToken !== null && !metricsAuthorized(req.headers.authorization, config.metricsToken)) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, errorBody('/metrics needs Authorization: Bearer <METRICS_TOKEN>.', 'UNAUTHENTICATED', requestId));
    }
    const scrape = await metrics.scrape();
    res.writeHead(200, { 'content-type': scrape.contentType });
    res.end(req.method === 'HEAD' ? undefined : scrape.body);
  }

  /** GET /reports/usage.csv: the usageReport query, page by page, as the token's actor (./usage-csv.ts). */
  async function usageCsv(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    const actor = await verifier.actorFrom(req.headers.authorization);
    return serveUsageCsv(req, res, requestId, async (variables) => {
      const contextValue = createRequestContext({ requestId, actor, clock, db, config, catalog, checkpoint: opts.checkpoint });
      // Each page, like a GraphQL request, is answered in time or the export stops (retryable).
      const response = await within(apollo.executeOperation({ query: USAGE_CSV_QUERY, variables }, { contextValue }), config.requestTimeoutMs, () =>
        new HttpProblem(503, 'SERVICE_UNAVAILABLE', `No page of the report within ${config.requestTimeoutMs} ms (the database is not answering). Retry.`));
      if (response.body.kind !== 'single') throw new Error('usage report: unexpected incremental answer');
      return response.body.singleResult as PageResult;
    });
  }

  let stopping = false;
  const server = http.createServer((req, res) => {
    // While draining, every answer closes its connection, so keep-alive clients do not hold
    // the process open (or send more requests on a server that is going away).
    if (stopping) res.setHeader('connection', 'close');
    const requestId = String(req.headers['x-request-id'] ?? crypto.randomUUID()).slice(0, 64);
    const path = (req.url ?? '/').split('?')[0];
    const handle = async () => {
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        const ready = await readiness(db);
        return sendJson(res, ready.ready ? 200 : 503, ready);
      }
      if (path === '/metrics') return serveMetrics(req, res, requestId);
      if (path === '/reports/usage.csv') return usageCsv(req, res, requestId);
      if (ide?.handle(req, res, path)) return;
      if (path === '/graphql') return graphql(req, res, requestId, meter ??= metrics.request());
      sendJson(res, 404, errorBody('Not found: GraphQL is served at /graphql.', 'NOT_FOUND', requestId));
    };
    let meter: RequestMeter | undefined;
    handle().catch((err: unknown) => {
      if (res.headersSent) {
        // A streamed answer (the CSV export) failed midway: it was cut off; nothing more can be said.
        logger.error({ err, requestId }, 'request failed after its answer began');
        res.destroy();
        return meter?.finish(500, 'INTERNAL_SERVER_ERROR');
      }
      const [status, code] =
        err instanceof HttpProblem ? [err.status, err.code]
          : err instanceof RequestProblem && err.code === 'UNAUTHENTICATED' ? [401, err.code]
            : [500, 'INTERNAL_SERVER_ERROR'];
      if (status !== 500) sendJson(res, status, errorBody((err as Error).message, code, requestId));
      else {
        logger.error({ err, requestId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR', requestId));
      }
      meter?.finish(status, code);
    });
  });
  server.on('clientError', answerClientError);

  await new Promise<void>((resolve) => server.listen(port, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${bound}/graphql`,
    server,
    /** Stops accepting, lets in-flight requests finish (bounded by DRAIN_MS), then stops Apollo. */
    async stop() {
      stopping = true;
      catalog.stopPolling();
      clearInterval(housekeeping);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // A connection whose last in-flight response has gone out is idle: close it now rather
      // than when the client's keep-alive timer fires (undici: ~4 s; some proxies: minutes).
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await closed;
      clearInterval(sweep);
      clearTimeout(timer);
      await apollo.stop();
    },
  };
}
