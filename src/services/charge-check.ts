// Recomputes what each use should have charged whom from the use itself (its recorded split and
// cost, its state, an upheld appeal) and compares it with the sum of its charge ledger rows.
import { DataSource, EntityManager } from 'typeorm';
import { merchantShare } from '../domain/funding';

export interface ChargeDrift {
  usageId: string;
  userId: string;
  state: string;
  expected: { merchant: number; platform: number };
  charged: { merchant: number; platform: number };
}

type Row = { id: string; user_id: string; state: string; cost: string | number; bp: string | number; appeal: string | null; merchant: string | number | null; platform: string | number | null };

/** A captured use owes its split (all of it to the platform once an appeal is upheld); any other state owes nothing. */
export async function verifyCharges(db: DataSource | EntityManager): Promise<{ usesChecked: number; drift: ChargeDrift[] }> {
  const rows: Row[] = await db.query(
    `SELECT u.id, u.user_id, u.state, u.cost, u.merchant_share_bp AS bp, a.state AS appeal, c.merchant, c.platform
     FROM usage_entries u
     LEFT JOIN (SELECT usage_id, SUM(merchant_amount) AS merchant, SUM(platform_amount) AS platform FROM usage_charges GROUP BY usage_id) c ON c.usage_id = u.id
     LEFT JOIN appeals a ON a.usage_id = u.id`,
  );
  const drift: ChargeDrift[] = [];
  for (const r of rows) {
    const cost = Number(r.cost);
    const share = r.appeal === 'UPHELD' ? 0 : merchantShare(cost, Number(r.bp));
    const expected = r.state === 'CAPTURED' ? { merchant: share, platform: cost - share } : { merchant: 0, platform: 0 };
    const charged = { merchant: Number(r.merchant ?? 0), platform: Number(r.platform ?? 0) };
    if (expected.merchant !== charged.merchant || expected.platform !== charged.platform) {
      drift.push({ usageId: r.id, userId: r.user_id, state: r.state, expected, charged });
    }
  }
  return { usesChecked: rows.length, drift };
}
