// /readyz: the database answers and its schema is current, so this process can serve.
import { DataSource } from 'typeorm';
import { within } from './deadline';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: 'current' | 'pending' | 'unknown';
}


export async function readiness(db: DataSource): Promise<Readiness> {
  try {
    await within(db.query('SELECT 1'), 2000);
  } catch {
    return { ready: false, database: 'down', migrations: 'unknown' };
  }
  const pending = await within(db.showMigrations(), 2000).catch(() => null);
  const migrations = pending === null ? 'unknown' : pending ? 'pending' : 'current';
  return { ready: migrations === 'current', database: 'up', migrations };
}
