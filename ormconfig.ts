// The DataSource the TypeORM CLI uses (migration:run, migration:generate, migration:show).
// It reads DATABASE_URL like the server does. MySQL vs MariaDB: set DATABASE_FLAVOR=mysql for MySQL 8.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config';
import { dataSourceOptions, databaseKind } from './src/db/data-source';

const url = loadConfig().databaseUrl;
const flavor = process.env.DATABASE_FLAVOR === 'mysql' ? 'mysql' : 'mariadb';
export default new DataSource(dataSourceOptions(url, undefined, databaseKind(url) === 'mysql' ? flavor : undefined));
