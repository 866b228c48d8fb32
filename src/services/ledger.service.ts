// Recomputes every counter (totals, day, month and order counters) from the append-only ledger and
// reports any drift between the two; and each use's charges from the use (charge-check.ts). A counter's held includes holds awaiting the sweep, exactly
// as the ledger's HELD entries do; reads subtract those past their expiresAt.
import { DataSource, EntityManager } from 'typeorm';
import { UsageCounter, UsageEntry } from '../../entities';
import { ChargeDrift, verifyCharges } from './charge-check';
import { counterKeys } from './counter';

export interface CounterDrift {
  userId: string;
  benefitId: string;
  periodKey: string;
  counter: { held: number; captured: number };
  ledger: { held: number; captured: number };
}

export interface LedgerReport {
  countersChecked: number;
  entriesChecked: number;
  drift: CounterDrift[];
  /** Uses whose charge ledger rows do not add up to what the use owes (see charge-check.ts). */
  chargeDrift: ChargeDrift[];
}

type Totals = { userId: string; benefitId: string; periodKey: string; held: number; captured: number };

export async function verifyLedger(db: DataSource | EntityManager): Promise<LedgerReport> {
  const groups: Array<{ userId: string; benefitId: string; periodKey: string; orderId: string | null; state: string; spendsQuota: boolean | number | string; amount: string | number; entries: string | number }> =
    await db.getRepository(UsageEntry).createQueryBuilder('u')
      .select('u.userId', 'userId').addSelect('u.benefitId', 'benefitId').addSelect('u.periodKey', 'periodKey')
      .addSelect('u.orderId', 'orderId').addSelect('u.state', 'state').addSelect('u.spendsQuota', 'spendsQuota')
      .addSelect('SUM(u.amount)', 'amount').addSelect('COUNT(*)', 'entries')
      .groupBy('u.userId').addGroupBy('u.benefitId').addGroupBy('u.periodKey').addGroupBy('u.orderId').addGroupBy('u.state').addGroupBy('u.spendsQuota')
      .getRawMany();
  const keyOf = (r: { userId: string; benefitId: string; periodKey: string }) => `${r.userId}\u0000${r.benefitId}\u0000${r.periodKey}`;
  const ledger = new Map<string, Totals>();
  const add = (userId: string, benefitId: string, periodKey: string, held: number, captured: number) => {
    const k = keyOf({ userId, benefitId, periodKey });
    const t = ledger.get(k) ?? { userId, benefitId, periodKey, held: 0, captured: 0 };
    t.held += held;
    t.captured += captured;
    ledger.set(k, t);
  };
  let entriesChecked = 0;
  for (const g of groups) {
    entriesChecked += Number(g.entries);
    const held = g.state === 'HELD' ? Number(g.amount) : 0;
    const captured = g.state === 'CAPTURED' ? Number(g.amount) : 0;
    const change = { day: g.periodKey.slice(2), orderId: g.orderId, spendsQuota: Number(g.spendsQuota) !== 0 };
    for (const key of counterKeys(change)) add(g.userId, g.benefitId, key, held, captured);
  }

  const counters = await db.getRepository(UsageCounter).find();
  const drift: CounterDrift[] = [];
  const seen = new Set<string>();
  for (const c of counters) {
    seen.add(keyOf(c));
    const l = ledger.get(keyOf(c)) ?? { held: 0, captured: 0 };
    if (l.held !== c.held || l.captured !== c.captured) drift.push({ ...pick(c), counter: { held: c.held, captured: c.captured }, ledger: { held: l.held, captured: l.captured } });
  }
  for (const [k, l] of ledger) {
    if (!seen.has(k) && (l.held || l.captured)) drift.push({ ...pick(l), counter: { held: 0, captured: 0 }, ledger: { held: l.held, captured: l.captured } });
  }
  return { countersChecked: counters.length, entriesChecked, drift, chargeDrift: (await verifyCharges(db)).drift };
}

const pick = (r: { userId: string; benefitId: string; periodKey: string }) => ({ userId: r.userId, benefitId: r.benefitId, periodKey: r.periodKey });
