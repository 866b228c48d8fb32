// `npm start`: migrate, seed the demo on a fresh development database, listen, print how to call it.
import 'reflect-metadata';
import { openDatabase, startAftercare } from './app';
import { demoTokens } from './auth/demo-tokens';
import { jwtSecretFor } from './auth/dev-secret';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { seedDemo } from './seed/demo';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.env);
  const db = await openDatabase(config);
  if (config.env === 'development' && (await seedDemo(db, config))) logger.info('seeded the demo catalog, users and orders');
  const app = await startAftercare({ config, db, logger });
  logger.info({ url: app.url, database: config.databaseUrl.replace(/\/\/[^@]*@/, '//***@') }, 'Aftercare is listening');
  if (config.env !== 'production') {
    const lines = (await demoTokens(jwtSecretFor(config))).map((t) => `  ${t.role.padEnd(9)} (${t.sub}): Authorization: Bearer ${t.token}`);
    const ide = config.ide ? ' (open it in a browser for the IDE)' : '';
    process.stdout.write(`\nAftercare GraphQL: ${app.url}${ide}\nDemo tokens (valid 30 days):\n${lines.join('\n')}\n\n`);
  }
  // Graceful shutdown: stop accepting, let in-flight requests finish (each write is one
  // transaction, so none is half done), close the pool. A stuck drain is cut off.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000).unref();
    await app.stop();
    await db.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`Aftercare failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
