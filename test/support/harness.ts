// Starts the real server over HTTP on a fresh, migrated database (SQLite file, or a new MySQL
// database when DATABASE_URL is mysql://…) with a clock the test controls.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { DataSource, Logger as OrmLogger } from 'typeorm';
import { openDatabase, startAftercare } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/token';
import { Config, loadConfig } from '../../src/config';
import { Checkpoint } from '../../src/context';
import { databaseKind, prepareMysql } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { CATALOG_POLL_TAG } from '../../src/services/catalog';

export const JWT_SECRET = 'test-secret-of-at-least-32-characters!!';
let seq = 0;

export const onMysql = () => databaseKind(process.env.DATABASE_URL || 'sqlite:') === 'mysql';

/** A fresh database URL for one test server. */
export function freshDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  const tag = `${process.pid}_${++seq}_${Date.now() % 1e6}`;
  if (base && databaseKind(base) === 'mysql') {
    const u = new URL(base);
    u.pathname = `/${(u.pathname.slice(1) || 'aftercare').slice(0, 30)}_t${tag}`;
    return u.toString();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-test-'));
  return `sqlite:${path.join(dir, `t${tag}.sqlite`)}`;
}

export async function dropDatabase(url: string): Promise<void> {
  if (databaseKind(url) === 'sqlite') {
    fs.rmSync(path.dirname(url.slice('sqlite:'.length)), { recursive: true, force: true });
    return;
  }
  await prepareMysql(url);
  const mysql = await import('mysql2/promise');
  const u = new URL(url);
  const conn = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: u.username, password: u.password });
  await conn.query(`DROP DATABASE IF EXISTS \`${u.pathname.slice(1)}\``);
  await conn.end();
}

export class TestClock {
  constructor(public current = new Date('2026-11-25T04:00:00.000Z')) {}
  set(iso: string | Date) {
    this.current = new Date(iso);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  readonly read = () => new Date(this.current);
}

export interface LoggedStatement {
  query: string;
  parameters: unknown[];
}

/** Counts SQL statements, for the bounded-queries tests, and keeps each transaction's statements. */
export class StatementCounter implements OrmLogger {
  count = 0;
  statements: string[] = [];
  /** The same statements with their parameters (to replay one, e.g. under EXPLAIN). */
  logged: LoggedStatement[] = [];
  /** Every finished transaction's statements (between BEGIN and COMMIT/ROLLBACK), with parameters. */
  transactions: LoggedStatement[][] = [];
  private open = new Map<object, LoggedStatement[]>();
  logQuery(query: string, parameters?: unknown[], queryRunner?: object) {
    if (query.startsWith(CATALOG_POLL_TAG)) return; // the process's background poll, not the request's
    this.count++;
    this.statements.push(query);
    this.logged.push({ query, parameters: parameters ?? [] });
    if (!queryRunner) return;
    // BEGIN NOT ATOMIC is MariaDB's compound statement (src/db/batch.ts), not a transaction's start.
    if (/^(START TRANSACTION|BEGIN(?!\s+NOT\s+ATOMIC))/i.test(query)) return void this.open.set(queryRunner, []);
    const tx = this.open.get(queryRunner);
    if (!tx) return;
    if (/^(COMMIT|ROLLBACK)/i.test(query)) {
      this.transactions.push(tx);
      this.open.delete(queryRunner);
      return;
    }
    tx.push({ query, parameters: parameters ?? [] });
  }
  reset() {
    this.count = 0;
    this.statements = [];
    this.logged = [];
    this.transactions = [];
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

export interface TestServer {
  url: string;
  databaseUrl: string;
  db: DataSource;
  config: Config;
  clock: TestClock;
  statements: StatementCounter;
  token(role: Role, sub?: string): Promise<string>;
  /** POSTs a GraphQL request; `as` is a role (signed for a default sub) or a full token. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: Role | { token: string } | null): Promise<GqlResult<T>>;
  /** Sends a client team's document (clients/<team>/graphql.ts) as its clients do: typed variables in, typed data out. */
  op<R, V>(doc: TypedDocumentNode<R, V>, variables: V, as?: Role | { token: string } | null): Promise<GqlResult<R>>;
  stop(): Promise<void>;
}

const printedDocs = new WeakMap<object, string>();
/** The text a client library sends for a document (graphql-request and Apollo Client print it). */
export function printed(doc: TypedDocumentNode<any, any>): string {
  let text = printedDocs.get(doc);
  if (text === undefined) printedDocs.set(doc, (text = print(doc)));
  return text;
}

const DEFAULT_SUB: Record<Role, string> = { customer: 'u-1', cs_agent: 'cs-1', ops_admin: 'ops-1', service: 'orders-1', merchant: 'm-1' };

export async function startTestServer(opts: { clock?: TestClock; databaseUrl?: string; config?: Partial<Config>; checkpoint?: Checkpoint } = {}): Promise<TestServer> {
  const databaseUrl = opts.databaseUrl ?? freshDatabaseUrl();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', BUSINESS_TIMEZONE: 'Asia/Shanghai' }),
    databaseUrl,
    jwtSecret: JWT_SECRET,
    ...opts.config,
  };
  const statements = new StatementCounter();
  const db = await openDatabase(config, statements);
  const clock = opts.clock ?? new TestClock();
  const app = await startAftercare({ config, db, logger: createLogger('test'), clock: clock.read, checkpoint: opts.checkpoint, port: 0 });
  // A merchant's token speaks for the merchant named by its sub.
  const token = (role: Role, sub = DEFAULT_SUB[role]) => signToken(JWT_SECRET, sub, [role], '1h', role === 'merchant' ? { merchantId: sub } : {});
  const gql: TestServer['gql'] = async (query, variables, as = 'ops_admin') => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as) headers.authorization = `Bearer ${typeof as === 'string' ? await token(as) : as.token}`;
    const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult;
    return { status: res.status, data: body.data, errors: body.errors };
  };
  return {
    url: app.url,
    databaseUrl,
    db,
    config,
    clock,
    statements,
    token,
    gql,
    op: (doc, variables, as) => gql(printed(doc), variables as Record<string, unknown>, as),
    async stop() {
      await app.stop();
      await db.destroy();
      if (!opts.databaseUrl) await dropDatabase(databaseUrl);
    },
  };
}

/** The one error code of a result that should have failed as a whole. */
export const errorCode = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

/** Row counts of every table, to prove a refused write wrote nothing. */
export async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of db.entityMetadatas) counts[meta.tableName] = await db.getRepository(meta.target).count();
  return counts;
}

/**
 * SQL statements `run` made, as the database counts them: MySQL/MariaDB's `Questions` status
 * (everything clients sent; the second SHOW STATUS itself is taken off), SQLite's through the
 * server's query logger (it has no server). Give the server no background timers.
 */
export async function statementsOf(s: TestServer, run: () => Promise<unknown>): Promise<number> {
  if (!onMysql()) {
    s.statements.reset();
    await run();
    return s.statements.count;
  }
  const mysql = await import('mysql2/promise');
  const u = new URL(s.databaseUrl);
  const conn = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: u.username, password: u.password });
  try {
    const questions = async () => Number(((await conn.query("SHOW GLOBAL STATUS LIKE 'Questions'"))[0] as Array<{ Value: string }>)[0].Value);
    const before = await questions();
    await run();
    return (await questions()) - before - 1;
  } finally {
    await conn.end();
  }
}
