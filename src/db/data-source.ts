// Builds the TypeORM DataSource from DATABASE_URL (sqlite:<file> or mysql://…).
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { entities } from '../../entities';
import { migrations } from '../../migrations';
import { SnakeNamingStrategy } from './naming';

export type DatabaseKind = 'sqlite' | 'mysql';
/** TypeORM reads column defaults differently from MySQL and MariaDB, so it must know which it talks to. */
export type MysqlFlavor = 'mysql' | 'mariadb';

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) return 'mysql';
  throw new Error(`DATABASE_URL must start with sqlite: or mysql:// (got "${url.split(':')[0]}:")`);
}

export function dataSourceOptions(url: string, logger?: Logger, flavor: MysqlFlavor = 'mariadb'): DataSourceOptions {
  const common = {
    entities, migrations, logger, migrationsRun: false, synchronize: false, namingStrategy: new SnakeNamingStrategy(),
  } as const;
  if (databaseKind(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length) || ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      // WAL lets readers proceed while one writer commits; busy_timeout waits out another
      // process's write lock instead of failing at once.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return {
    ...common,
    type: flavor,
    host: u.hostname,
    port: Number(u.port || 3306),
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.replace(/^\//, ''),
    // Times are stored in UTC whatever the server's zone is.
    timezone: 'Z',
    // Byte-for-byte comparison of codes, ids and keys, as on SQLite (see the binary-collation migration).
    charset: 'utf8mb4_bin',
    // A connection attempt to a database that does not answer gives up (SERVICE_UNAVAILABLE) in time.
    connectTimeout: Number(u.searchParams.get('connectTimeout') ?? 5000),
    // trace: mysql2 otherwise captures a stack trace on every query (≈ 6 % of CPU under read load)
    // only to decorate errors, which are masked or logged with the request id anyway.
    // maxPreparedStatements: the hot reads' prepared statements (db/prepared.ts) a connection keeps;
    // a handful of shapes in practice, bounded so the server's max_prepared_stmt_count is never near.
    extra: { connectionLimit: Number(u.searchParams.get('connectionLimit') ?? 10), trace: false, maxPreparedStatements: 128 },
  };
}

/**
 * Creates the database named in a mysql URL if it is missing and tells MySQL from MariaDB.
 * Fails (rather than skipping anything) when the server cannot be reached.
 */
export async function prepareMysql(url: string): Promise<MysqlFlavor> {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = u.pathname.replace(/^\//, '');
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name "${name}" must be [A-Za-z0-9_]`);
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const flavor: MysqlFlavor = /mariadb/i.test(String((rows as Array<{ v: string }>)[0].v)) ? 'mariadb' : 'mysql';
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    return flavor;
  } finally {
    await conn.end();
  }
}

/** A DataSource for DATABASE_URL, not yet initialised. */
export async function createDataSource(url: string, logger?: Logger): Promise<DataSource> {
  const flavor = databaseKind(url) === 'mysql' ? await prepareMysql(url) : undefined;
  return new DataSource(dataSourceOptions(url, logger, flavor));
}
