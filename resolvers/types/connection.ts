// Cursor pagination (first/after, edges, pageInfo) for lists that grow.
import { ClassType, Field, ObjectType } from 'type-graphql';
import { badInput } from '../../src/errors';

@ObjectType({ description: 'Where a page ends and whether another follows.' })
export class PageInfo {
  @Field({ description: 'Whether a page follows this one.' }) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' }) endCursor: string | null;
}

/** A cursor-paginated list of `node`s; `items` names them in the descriptions ("uses", "memberships"). */
export function Connection<T extends object>(node: ClassType<T>, name: string, items: string) {
  @ObjectType(`${name}Edge`, { description: `One of the ${items} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this one.' }) cursor: string;
    @Field(() => node, { description: 'The item itself.' }) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${items} (first, after).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The page, in list order.' }) edges: Edge[];
    @Field(() => PageInfo, { description: 'Where the page ends.' }) pageInfo: PageInfo;
  }
  return ConnectionType;
}

export const MAX_PAGE = 100;

export const FIRST_DESCRIPTION = `Page size, 1 to ${MAX_PAGE}.`;
export const AFTER_DESCRIPTION = 'The endCursor (or an edge cursor) of the previous page; omit for the first page.';

export const encodeCursor = (value: string | number) => Buffer.from(String(value)).toString('base64url');

export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (!cursor) return null;
  const value = Buffer.from(cursor, 'base64url').toString();
  if (!value) throw badInput([{ field, message: 'is not a cursor from this list' }]);
  return value;
}

/** Decodes a "<ISO instant>|<id>" cursor, as lists ordered by time then id use. */
export function decodeTimeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  const value = decodeCursor(cursor);
  if (value === null) return null;
  const [at, id] = value.split('|');
  if (!id || Number.isNaN(Date.parse(at))) throw badInput([{ field: 'after', message: 'is not a cursor from this list' }]);
  return { at: new Date(at), id };
}

export const timeCursor = (at: Date, id: string) => `${at.toISOString()}|${id}`;

export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput([{ field: 'first', message: `must be between 1 and ${MAX_PAGE}` }]);
  }
  return first;
}

/** `rows` holds up to first + 1 items; the extra one only tells that another page exists. */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => string | number) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
