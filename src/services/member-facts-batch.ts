// Member reads of concurrent requests, sent as one statement on MySQL/MariaDB.
// Why: a read outside a transaction is one round trip that wakes a database thread, and on a
// database sharing the servers' cores that wake-up and the statement's fixed cost (~100 µs of
// MariaDB CPU for the 8-branch UNION, whatever the number of members) were most of a `me`
// request's cost. Requests that start in one event-loop turn (src/http/admission.ts) all read
// at about the same moment, so a read waits for the end of the turn (setImmediate) and goes out
// with the others: the same statement (memberFactsStatement) naming all their members and
// orders, counters from the earliest window asked (more counters never change a decision, see
// firstCountedMonth). Each request builds its own facts from the shared rows (memberFactsFrom
// takes only its members and orders), so no object is shared between requests.
// Member counts are padded to powers of two, so the statement has a handful of shapes (each is
// prepared once per pooled connection). SQLite answers in-process and synchronously: its reads
// go straight through.
import { DataSource } from 'typeorm';
import { preparedRows } from '../db/prepared';
import { MemberFactsQuery, MemberFactsRead, MemberFactsRow, memberFactsFrom, memberFactsStatement, readMemberFacts } from './member-facts';

/** Members (or orders) named in one statement at most; more wait for the next. */
const MAX_NAMED = 64;

interface Waiting {
  q: MemberFactsQuery;
  resolve: (read: MemberFactsRead) => void;
  reject: (err: unknown) => void;
}

const batches = new WeakMap<DataSource, FactsBatch>();

/** Reads the facts of `q` (no idempotency key, outside any transaction), together with other requests' reads on MySQL/MariaDB. */
export function readMemberFactsTogether(db: DataSource, q: MemberFactsQuery): Promise<MemberFactsRead> {
  if (db.options.type === 'better-sqlite3') return readMemberFacts(db, q);
  let batch = batches.get(db);
  if (!batch) batches.set(db, (batch = new FactsBatch(db)));
  return batch.read(q);
}

class FactsBatch {
  // By form: members named by id, or as the owners of orders (one statement names them one way).
  private waiting: { byId: Waiting[]; byOrder: Waiting[] } = { byId: [], byOrder: [] };
  private scheduled = false;

  constructor(private readonly db: DataSource) {}

  read(q: MemberFactsQuery): Promise<MemberFactsRead> {
    return new Promise((resolve, reject) => {
      (q.ownersOf?.length ? this.waiting.byOrder : this.waiting.byId).push({ q, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.flush);
      }
    });
  }

  private flush = () => {
    this.scheduled = false;
    const { byId, byOrder } = this.waiting;
    this.waiting = { byId: [], byOrder: [] };
    for (const group of [...chunks(byId, (w) => w.q.userIds.length + w.q.orderIds.length), ...chunks(byOrder, (w) => w.q.ownersOf!.length)]) {
      void this.send(group);
    }
  };

  private async send(group: Waiting[]) {
    const merged = mergedQuery(group.map((w) => w.q));
    try {
      const { sql, params } = memberFactsStatement(merged);
      const rows = await preparedRows<MemberFactsRow>(this.db, sql, params);
      for (const w of group) w.resolve(memberFactsFrom(rows, w.q));
    } catch (err) {
      for (const w of group) w.reject(err);
    }
  }
}

/** Groups naming at most MAX_NAMED members and orders each (a single larger read goes alone). */
function chunks(waiting: Waiting[], size: (w: Waiting) => number): Waiting[][] {
  const out: Waiting[][] = [];
  let current: Waiting[] = [];
  let named = 0;
  for (const w of waiting) {
    if (current.length && named + size(w) > MAX_NAMED) {
      out.push(current);
      current = [];
      named = 0;
    }
    current.push(w);
    named += size(w);
  }
  if (current.length) out.push(current);
  return out;
}

/** One query naming every member and order of `qs`, counters from the earliest window among them. */
function mergedQuery(qs: MemberFactsQuery[]): MemberFactsQuery {
  const unique = (ids: string[]) => padded([...new Set(ids)]);
  const byOrder = qs.some((q) => q.ownersOf?.length);
  return {
    userIds: byOrder ? [] : unique(qs.flatMap((q) => [...q.userIds])),
    ...(byOrder ? { ownersOf: unique(qs.flatMap((q) => [...(q.ownersOf ?? [])])) } : {}),
    orderIds: unique(qs.flatMap((q) => [...q.orderIds])),
    fromDay: qs.map((q) => q.fromDay).reduce((a, b) => (b < a ? b : a)),
    fromMonth: qs.map((q) => q.fromMonth).reduce((a, b) => (b < a ? b : a)),
  };
}

/** `ids` repeated at the end up to the next power of two: `IN (…)` ignores repeats, and the statement keeps few shapes. */
function padded(ids: string[]): string[] {
  if (ids.length < 2) return ids;
  let n = 1;
  while (n < ids.length) n *= 2;
  return [...ids, ...Array<string>(n - ids.length).fill(ids[ids.length - 1])];
}
