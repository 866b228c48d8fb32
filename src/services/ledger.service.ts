// Recomputes every counter from the append-only ledger and reports any drift between the two.
import { DataSource } from 'typeorm';
import { UsageCounter, UsageEntry } from '../../entities';

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
}

export async function verifyLedger(db: DataSource): Promise<LedgerReport> {
  const totals: Array<{ userId: string; benefitId: string; periodKey: string; held: string | number; captured: string | number; entries: string | number }> =
    await db.getRepository(UsageEntry).createQueryBuilder('u')
      .select('u.userId', 'userId').addSelect('u.benefitId', 'benefitId').addSelect('u.periodKey', 'periodKey')
      .addSelect(`SUM(CASE WHEN u.state = 'HELD' THEN u.amount ELSE 0 END)`, 'held')
      .addSelect(`SUM(CASE WHEN u.state = 'CAPTURED' THEN u.amount ELSE 0 END)`, 'captured')
      .addSelect('COUNT(*)', 'entries')
      .groupBy('u.userId').addGroupBy('u.benefitId').addGroupBy('u.periodKey')
      .getRawMany();
  const counters = await db.getRepository(UsageCounter).find();
  const keyOf = (r: { userId: string; benefitId: string; periodKey: string }) => `${r.userId}\u0000${r.benefitId}\u0000${r.periodKey}`;
  const ledger = new Map(totals.map((t) => [keyOf(t), { held: Number(t.held), captured: Number(t.captured) }]));
  const drift: CounterDrift[] = [];
  const seen = new Set<string>();
  for (const c of counters) {
    const k = keyOf(c);
    seen.add(k);
    const l = ledger.get(k) ?? { held: 0, captured: 0 };
    if (l.held !== c.held || l.captured !== c.captured) drift.push({ ...pick(c), counter: { held: c.held, captured: c.captured }, ledger: l });
  }
  for (const t of totals) {
    const l = ledger.get(keyOf(t))!;
    if (!seen.has(keyOf(t)) && (l.held || l.captured)) drift.push({ ...pick(t), counter: { held: 0, captured: 0 }, ledger: l });
  }
  return { countersChecked: counters.length, entriesChecked: totals.reduce((n, t) => n + Number(t.entries), 0), drift };
}

const pick = (r: { userId: string; benefitId: string; periodKey: string }) => ({ userId: r.userId, benefitId: r.benefitId, periodKey: r.periodKey });
