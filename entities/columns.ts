// Column shapes shared by the entities, chosen so SQLite and MySQL/MariaDB hold the same schema.
import { ValueTransformer } from 'typeorm';

/** mysql2 returns BIGINT as a string; amounts are integer minor units well inside 2^53. */
const bigintAsNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

export const idColumn = { type: 'varchar', length: 36 } as const;
export const externalIdColumn = { type: 'varchar', length: 64 } as const;
export const codeColumn = { type: 'varchar', length: 64 } as const;
export const amountColumn = { type: 'bigint', transformer: bigintAsNumber } as const;
/** UTC instants with millisecond precision (the MySQL DataSource runs with timezone 'Z'). */
export const instantColumn = { type: 'datetime', precision: 3 } as const;
/** A short list of codes stored as 'A,B' (codes never hold a comma). */
export const listColumn = {
  type: 'varchar',
  length: 200,
  transformer: {
    to: (v: string[] | null | undefined) => (v == null ? v : v.join(',')),
    from: (v: string | null) => (v == null ? null : v === '' ? [] : v.split(',')),
  } as ValueTransformer,
} as const;
export const jsonColumn = { type: 'simple-json', nullable: true } as const;

/** JSON stored as text (simple-json): free-form, so values are any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = { [key: string]: any };
