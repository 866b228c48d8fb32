import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(env: string): Logger {
  return pino({ level: process.env.LOG_LEVEL || (env === 'test' ? 'silent' : 'info') });
}

/** For contexts outside the server (seeding, scripts, tests) that have nowhere to log to. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
