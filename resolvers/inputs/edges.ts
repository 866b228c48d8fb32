// The edges of every input, in one place (README "Errors and limits"): the instants the API takes
// and the size of free-form JSON. Checked in resolvers/validation.ts before any resolver runs, so
// a service never sees an instant or a config it could not store, compute with or answer with.
import { ValidationOptions, registerDecorator } from 'class-validator';

/** The longest window an input can open after an instant: claimWindowDays and periodDays. */
export const MAX_WINDOW_DAYS = 3650;

/**
 * Every DateTime input (arguments and input fields alike) lies in [INSTANT_MIN, INSTANT_MAX].
 * From the Unix epoch: nothing this service records predates it, and MariaDB's DATETIME reads
 * years below 100 back wrong. To ten years before 9999-12-31: an instant the API derives from an
 * input (a claim deadline or a rolling-window reset up to MAX_WINDOW_DAYS + 1 local days later,
 * a period end up to a year later) then still has a four-digit year in every time zone, so every
 * output is RFC 3339 and every local day is a real date.
 */
export const INSTANT_MIN = new Date('1970-01-01T00:00:00.000Z');
export const INSTANT_MAX = new Date('9989-12-31T23:59:59.999Z');

export const instantInRange = (d: Date) => d.getTime() >= INSTANT_MIN.getTime() && d.getTime() <= INSTANT_MAX.getTime();
export const INSTANT_RANGE_MESSAGE = `must be an instant from ${INSTANT_MIN.toISOString()} to ${INSTANT_MAX.toISOString()}`;

/** Free-form JSON (a rule's config): nesting and serialized size (UTF-8 bytes). */
export const CONFIG_MAX_DEPTH = 32;
export const CONFIG_MAX_BYTES = 16 * 1024;
/**
 * A rule's conditions, serialized: with its config and the rest of the rule it fits one TEXT
 * column (64 KiB on MariaDB) in the rule, its audit entry and its stored idempotent answer.
 */
export const CONDITIONS_MAX_BYTES = 32 * 1024;

/**
 * Nesting depth of a JSON value (a scalar is 0, {} and [] are 1), counted without recursion and
 * given up on past `limit`: a value nested thousands deep costs nothing and overflows no stack.
 */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, here]);
  }
  return deepest;
}

export const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/** Why a JSON value is too big, or null. */
export function jsonTooBig(value: unknown, maxDepth: number, maxBytes: number): string | null {
  if (value === null || value === undefined) return null;
  if (jsonDepth(value, maxDepth) > maxDepth) return `must be nested at most ${maxDepth} levels deep`;
  const bytes = jsonBytes(value);
  if (bytes > maxBytes) return `must be at most ${maxBytes} bytes as JSON (UTF-8); this is ${bytes}`;
  return null;
}

/** class-validator: a JSON value within `maxDepth` levels and `maxBytes` bytes serialized. */
export function BoundedJson(maxDepth: number, maxBytes: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'boundedJson',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => jsonTooBig(value, maxDepth, maxBytes) === null,
        defaultMessage: (args) => `${args?.property} ${jsonTooBig(args?.value, maxDepth, maxBytes)}`,
      },
    });
}
