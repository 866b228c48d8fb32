// Column shapes shared by the entities, chosen so SQLite and MySQL/MariaDB hold the same schema.
import { ColumnOptions, ValueTransformer } from 'typeorm';

/** mysql2 returns BIGINT as a string; amounts are integer minor units well inside 2^53. */
const bigintAsNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

export const idColumn: ColumnOptions = { type: 'varchar', length: 36 };
export const externalIdColumn: ColumnOptions = { type: 'varchar', length: 64 };
export const codeColumn: ColumnOptions = { type: 'varchar', length: 64 };
export const amountColumn: ColumnOptions = { type: 'bigint', transformer: bigintAsNumber };
/** UTC instants with millisecond precision (the MySQL DataSource runs with timezone 'Z'). */
export const instantColumn: ColumnOptions = { type: 'datetime', precision: 3 };
export const jsonColumn: ColumnOptions = { type: 'simple-json', nullable: true };
