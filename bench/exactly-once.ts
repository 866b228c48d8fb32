// Exactly-once check of one group of consumes. A ConsumeCheck hands out the requests' variables
// (every request a new idempotency key; members of its own group, round robin, so no other check
// books on them) and records every answer. `verify` then reads the database: every success names
// a use that exists exactly once and is claimed by exactly one of the group's keys; the group's
// members hold exactly as many entries (and as much captured on their TOTAL counters) as the
// group's committed keys; and no two answers name the same use.
import { DataSource, In, Like } from 'typeorm';
import { IdempotencyKey, UsageCounter, UsageEntry } from '../entities';
import { TOTAL_KEY } from '../src/services/member-facts';

export const CONSUME = 'mutation($input: ConsumeEntitlementInput!) { consumeEntitlement(input: $input) { usage { id } entitlement { remaining } userErrors { code } } }';

export interface ExactlyOnceReport {
  check: string;
  members: number;
  sent: number;
  /** 2xx answers naming a use. */
  successes: number;
  /** 2xx answers with userErrors (e.g. QUOTA_EXHAUSTED): nothing may have been written. */
  refused: number;
  /** Non-2xx or GraphQL errors. */
  failed: number;
  committedKeys: number;
  entries: number;
  capturedOnTotals: number;
  /** Committed writes whose answer the client never saw (timeouts, failures): allowed, reported. */
  unacknowledged: number;
  violations: string[];
}

export class ConsumeCheck {
  private seq = 0;
  private readonly uses: string[] = [];
  private sent = 0;
  private refused = 0;
  private failed = 0;
  private readonly errors = new Map<string, number>();

  constructor(readonly name: string, private readonly members: string[], private readonly benefitCode: string, private readonly keyPrefix: string) {}

  /** Answers naming a use so far. */
  get successes(): number {
    return this.uses.length;
  }

  readonly variables = () => {
    const n = this.seq++;
    return { input: { userId: this.members[n % this.members.length], benefitCode: this.benefitCode, amount: 1, idempotencyKey: `${this.keyPrefix}-${n}` } };
  };

  readonly record = (status: number, body: string) => {
    this.sent++;
    let json: { errors?: Array<{ message: string }>; data?: { consumeEntitlement?: { usage: { id: string } | null; userErrors: Array<{ code: string }> } } };
    try {
      json = JSON.parse(body);
    } catch {
      json = {};
    }
    const payload = json.data?.consumeEntitlement;
    if (status >= 200 && status < 300 && !json.errors && payload?.usage) return void this.uses.push(payload.usage.id);
    if (status >= 200 && status < 300 && !json.errors && payload?.userErrors.length) return void this.refused++;
    this.failed++;
    const why = `${status} ${json.errors?.[0]?.message ?? body.slice(0, 80)}`;
    this.errors.set(why, (this.errors.get(why) ?? 0) + 1);
  };

  async verify(db: DataSource): Promise<ExactlyOnceReport> {
    const violations: string[] = [];
    const keys = await db.getRepository(IdempotencyKey).find({ where: { key: Like(`${this.keyPrefix}-%`) }, select: { key: true, response: true } });
    const claims = new Map<string, number>();
    for (const k of keys) {
      const stored = JSON.parse(k.response) as { usage?: { id?: string } };
      const usageId = String(stored.usage?.id);
      claims.set(usageId, (claims.get(usageId) ?? 0) + 1);
    }
    const found = new Set<string>();
    const named = [...new Set([...this.uses, ...claims.keys()])];
    for (let i = 0; i < named.length; i += 500) {
      const rows = await db.getRepository(UsageEntry).find({ where: { id: In(named.slice(i, i + 500)) }, select: { id: true } });
      for (const r of rows) found.add(r.id);
    }
    const answered = new Set<string>();
    for (const id of this.uses) {
      if (answered.has(id)) violations.push(`use ${id} was answered to two requests`);
      answered.add(id);
      if (!found.has(id)) violations.push(`use ${id} was answered but is not in usage_entries`);
      if (claims.get(id) !== 1) violations.push(`use ${id} is claimed by ${claims.get(id) ?? 0} idempotency keys`);
    }
    for (const id of claims.keys()) if (!found.has(id)) violations.push(`a key claims use ${id}, which is not in usage_entries`);
    const { entries, amount } = await this.entriesOfMembers(db);
    const capturedOnTotals = await this.capturedOnTotals(db);
    if (entries !== keys.length) violations.push(`the group's members have ${entries} entries for ${keys.length} committed keys`);
    if (capturedOnTotals !== amount) violations.push(`TOTAL counters hold ${capturedOnTotals} captured for ${amount} in entries`);
    if (this.errors.size) process.stderr.write(`${this.name}: failures ${JSON.stringify(Object.fromEntries(this.errors))}\n`);
    return {
      check: this.name, members: this.members.length, sent: this.sent, successes: this.uses.length, refused: this.refused, failed: this.failed,
      committedKeys: keys.length, entries, capturedOnTotals, unacknowledged: Math.max(0, keys.length - answered.size), violations: violations.slice(0, 20),
    };
  }

  private async entriesOfMembers(db: DataSource): Promise<{ entries: number; amount: number }> {
    const row = await db.getRepository(UsageEntry).createQueryBuilder('u')
      .select('COUNT(*)', 'entries').addSelect('COALESCE(SUM(u.amount), 0)', 'amount')
      .where({ userId: In(this.members) }).getRawOne<{ entries: string | number; amount: string | number }>();
    return { entries: Number(row?.entries ?? 0), amount: Number(row?.amount ?? 0) };
  }

  private async capturedOnTotals(db: DataSource): Promise<number> {
    const rows = await db.getRepository(UsageCounter).find({ where: { userId: In(this.members), periodKey: TOTAL_KEY } });
    return rows.reduce((sum, r) => sum + Number(r.captured) + Number(r.held), 0);
  }
}
