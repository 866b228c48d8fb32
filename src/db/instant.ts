import { EntityManager } from 'typeorm';

/** An instant as each driver binds it in raw SQL: mysql2 formats a Date (connection zone UTC); SQLite stores text. */
export const rawInstant = (em: EntityManager, d: Date): Date | string =>
  em.connection.options.type === 'better-sqlite3' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
