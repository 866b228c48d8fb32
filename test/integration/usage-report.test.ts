// Usage reports: a history made through the API (3 tiers, 5 benefits, 3 merchants, every cause,
// two currencies, holds, reversals, appeals upheld and rejected) over two months; every figure of
// the report is computed again here from the raw ledger rows (usage_entries, usage_charges,
// appeals), the local day from created_at; the CSV export gives the same rows; only ops read it.
import { DateTime } from 'luxon';
import { UsageReportDocument, UsageReportInput } from '../../clients/ops/graphql';
import { AppealUsageDocument } from '../../clients/merchant/graphql';
import { DecideAppealDocument } from '../../clients/ops/graphql';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { errorCode, onMysql, startTestServer, TestServer } from '../support/harness';
import { CAPTURE, CONSUME, expectLedgerClean, HOLD, newKey, RELEASE, REVERSE, usageOp } from '../support/usage-ops';
import { seededRandom } from '../support/random';
import { allRows, csvOf, FIELDS, getCsv, parseCsv, Row } from '../support/report-csv';

const ZONE = 'Asia/Shanghai';
const TIERS = ['REGULAR', 'SILVER', 'GOLD'];
const MERCHANTS = ['m-a', 'm-b', 'm-c'];
const CAUSES = ['CUSTOMER_PREFERENCE', 'CUSTOMER_PREFERENCE', 'SELLER_FAULT', 'LOGISTICS', 'QUALITY_ISSUE', 'STATUTORY'];
/** Which benefits each tier grants. */
const GRANTS: Record<string, string[]> = {
  REGULAR: ['FREE_RETURN_SHIPPING', 'COMPENSATION_BUDGET', 'INSTANT_REFUND'],
  SILVER: ['FREE_RETURN_SHIPPING', 'PRICE_PROTECTION', 'COMPENSATION_BUDGET', 'INSTANT_REFUND'],
  GOLD: ['FREE_RETURN_SHIPPING', 'PRICE_PROTECTION', 'COMPENSATION_BUDGET', 'COMPENSATION_USD', 'INSTANT_REFUND'],
};
const AMOUNT_BENEFITS = ['COMPENSATION_BUDGET', 'COMPENSATION_USD'];
const USERS = Array.from({ length: 30 }, (_, i) => ({ id: `u-${String(i).padStart(2, '0')}`, tier: TIERS[i % 3] }));
const USES = 240;
const HISTORY_FROM = Date.parse('2026-10-01T00:00:00Z');
const HISTORY_TO = Date.parse('2026-11-30T00:00:00Z');
/** The window: local (Shanghai) 2026-10-08 to 2026-11-22; uses before and after it exist. */
const FROM = '2026-10-07T16:00:00.000Z';
const TO = '2026-11-21T16:00:00.000Z';

async function catalog(s: TestServer) {
  for (const [i, code] of TIERS.entries()) await createTier(s, { code, rank: i * 10, isDefault: i === 0 });
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return' });
  await defineBenefit(s, { code: 'PRICE_PROTECTION', kind: 'COUNT', unit: 'claim', fundedBy: 'MERCHANT' });
  await defineBenefit(s, { code: 'INSTANT_REFUND', kind: 'COUNT', unit: 'refund' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY' });
  await defineBenefit(s, { code: 'COMPENSATION_USD', kind: 'AMOUNT', unit: 'USD' });
  const funding: Record<string, Record<string, unknown>> = {
    FREE_RETURN_SHIPPING: { funder: 'PLATFORM', unitCost: 1200 },
    PRICE_PROTECTION: { funder: 'MERCHANT', unitCost: 500 },
    INSTANT_REFUND: { funder: 'SPLIT', merchantShareBp: 3000, unitCost: 300 },
    COMPENSATION_BUDGET: { funder: 'SPLIT', merchantShareBp: 2500 },
    COMPENSATION_USD: { funder: 'PLATFORM' },
  };
  for (const tier of TIERS) {
    for (const benefit of GRANTS[tier]) {
      const amount = AMOUNT_BENEFITS.includes(benefit);
      await setRule(s, { tierCode: tier, benefitCode: benefit, limit: amount ? 10_000_000 : 1000, period: amount ? 'CALENDAR_QUARTER' : 'CALENDAR_MONTH', funding: funding[benefit] });
    }
  }
}

/** The history, deterministic: consumes, holds captured or released or left, reversals, appeals. */
async function history(s: TestServer) {
  const rand = seededRandom(15);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  s.clock.set('2026-09-01T00:00:00Z');
  await catalog(s);
  for (const u of USERS) {
    await assignMembership(s, { userId: u.id, tierCode: u.tier, startsAt: '2026-01-01T00:00:00Z' });
    for (const [j, merchantId] of MERCHANTS.entries()) {
      await recordOrder(s, { id: `o-${u.id}-${j}`, userId: u.id, merchantId, amount: 19900, placedAt: '2026-09-15T00:00:00Z', deliveredAt: '2026-09-18T00:00:00Z' });
    }
  }
  const step = (HISTORY_TO - HISTORY_FROM) / USES;
  let sellerFaults = 0;
  let appeals = 0;
  for (let i = 0; i < USES; i++) {
    // Jitter of up to 23 h puts some uses on either side of local midnight (16:00 UTC).
    s.clock.set(new Date(HISTORY_FROM + Math.floor(i * step) + Math.floor(rand() * 23) * 3600_000));
    const user = pick(USERS);
    const benefitCode = pick(GRANTS[user.tier]);
    const cause = pick(CAUSES);
    const order = Math.floor(rand() * 3);
    const withOrder = rand() > 0.1 || cause === 'SELLER_FAULT'; // a seller's fault needs its order
    const input: Record<string, unknown> = {
      userId: user.id, benefitCode, cause, reason: `history ${i}`,
      ...(withOrder ? { orderId: `o-${user.id}-${order}` } : {}),
      ...(AMOUNT_BENEFITS.includes(benefitCode) ? { amount: 100 + Math.floor(rand() * 5000) } : {}),
    };
    let usageId: string;
    if (i % 13 === 6) {
      await usageOp(s, RELEASE, { usageId: (await usageOp(s, HOLD, input)).usage.id, reason: 'not needed' });
      continue;
    }
    if (i % 19 === 3) {
      await usageOp(s, HOLD, input); // still held: not a use yet
      continue;
    }
    if (i % 17 === 8) {
      const held = await usageOp(s, HOLD, input);
      s.clock.advance(5 * 3600_000); // captured later: still counts at the hold's instant
      usageId = (await usageOp(s, CAPTURE, { usageId: held.usage.id })).usage.id;
    } else {
      const r = await usageOp(s, CONSUME, input);
      if (r.userErrors.length) throw new Error(`use ${i} refused: ${JSON.stringify(r.userErrors)}`);
      usageId = r.usage.id;
    }
    if (i % 9 === 4) {
      await usageOp(s, REVERSE, { usageId, reason: 'return cancelled' });
      continue;
    }
    if (cause === 'SELLER_FAULT' && sellerFaults++ % 2 === 0) {
      const merchantId = MERCHANTS[order];
      const filed = await s.op(AppealUsageDocument, { input: { usageId, reason: 'not our fault', idempotencyKey: newKey('appeal') } }, { token: await s.token('merchant', merchantId) });
      const appeal = filed.data?.appealUsage.appeal;
      if (!appeal) throw new Error(`appeal ${i} refused: ${JSON.stringify(filed)}`);
      const decision = [null, 'UPHELD', 'REJECTED'][appeals++ % 3]; // open, upheld, rejected in turn
      if (decision) {
        const decided = await s.op(DecideAppealDocument, { input: { appealId: appeal.id, decision: decision as 'UPHELD', note: 'decided in history', idempotencyKey: newKey('decide') } }, 'ops_admin');
        if (decided.data?.decideAppeal.userErrors.length !== 0) throw new Error(`decision ${i}: ${JSON.stringify(decided)}`);
      }
    }
  }
}

// ---- the ledger, read independently ----------------------------------------------------------

interface LedgerUse {
  userId: string;
  state: string;
  amount: number;
  createdAt: Date;
  key: Record<string, string | null>;
  appeal: string | null;
  charges: Array<{ currency: string; platform: number; merchant: number }>;
}

const instantOf = (v: Date | string) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

async function readLedger(s: TestServer): Promise<LedgerUse[]> {
  const uses: Array<Record<string, any>> = await s.db.query(
    `SELECT u.id, u.user_id, u.state, u.amount, u.created_at, u.cause, u.funder, u.merchant_id, t.code AS tier, b.code AS benefit
     FROM usage_entries u JOIN tier_benefit_rules r ON r.id = u.rule_id JOIN tiers t ON t.id = r.tier_id JOIN benefits b ON b.id = u.benefit_id`,
  );
  const charges: Array<Record<string, any>> = await s.db.query('SELECT usage_id, currency, platform_amount, merchant_amount FROM usage_charges');
  const appeals: Array<Record<string, any>> = await s.db.query('SELECT usage_id, state FROM appeals');
  return uses.map((u) => {
    const createdAt = instantOf(u.created_at);
    const day = localDay.format(createdAt);
    return {
      userId: u.user_id, state: u.state, amount: Number(u.amount), createdAt,
      key: {
        tier: u.tier, benefit: u.benefit, merchant: u.merchant_id, funder: u.funder, cause: u.cause,
        day, week: DateTime.fromISO(day).toFormat("kkkk-'W'WW"), month: day.slice(0, 7),
      },
      appeal: appeals.find((a) => a.usage_id === u.id)?.state ?? null,
      charges: charges.filter((c) => c.usage_id === u.id).map((c) => ({ currency: c.currency, platform: Number(c.platform_amount), merchant: Number(c.merchant_amount) })),
    };
  });
}

const FILTERS: Record<string, string> = { tierCodes: 'tier', benefitCodes: 'benefit', merchantIds: 'merchant', causes: 'cause' };

/** What the report must say, from the ledger rows: the uses first made in [from, to), captured or reversed. */
function expectedRows(ledger: LedgerUse[], groupBy: string[], filter: Record<string, string[]> = {}, from = FROM, to = TO): Row[] {
  const inWindow = ledger.filter((u) =>
    ['CAPTURED', 'REVERSED'].includes(u.state) && u.createdAt >= new Date(from) && u.createdAt < new Date(to) &&
    Object.entries(filter).every(([f, values]) => values.includes(u.key[FILTERS[f]] as string)));
  const groups = new Map<string, LedgerUse[]>();
  for (const u of inWindow) {
    const k = JSON.stringify(groupBy.map((d) => u.key[FIELDS[d]] ?? ''));
    groups.set(k, [...(groups.get(k) ?? []), u]);
  }
  return [...groups.keys()].sort((a, b) => {
    const [x, y] = [JSON.parse(a) as string[], JSON.parse(b) as string[]];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  }).map((k) => {
    const uses = groups.get(k)!;
    const standing = uses.filter((u) => u.state === 'CAPTURED');
    const members = new Set(standing.map((u) => u.userId)).size;
    const money = new Map<string, { platform: number; merchant: number }>();
    for (const c of uses.flatMap((u) => u.charges)) {
      const m = money.get(c.currency) ?? { platform: 0, merchant: 0 };
      money.set(c.currency, { platform: m.platform + c.platform, merchant: m.merchant + c.merchant });
    }
    const upheld = uses.filter((u) => u.appeal === 'UPHELD').length;
    const rejected = uses.filter((u) => u.appeal === 'REJECTED').length;
    const key = JSON.parse(k) as string[];
    const named: Record<string, string | null> = Object.fromEntries(Object.values(FIELDS).map((f) => [f, null]));
    groupBy.forEach((d, i) => (named[FIELDS[d]] = key[i] === '' ? null : key[i]));
    return {
      ...named,
      uses: standing.length,
      reversed: uses.filter((u) => u.state === 'REVERSED').length,
      units: standing.reduce((sum, u) => sum + u.amount, 0),
      members,
      cost: [...money.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, m]) => ({
        currency, platform: m.platform, merchant: m.merchant, total: m.platform + m.merchant, perMember: members ? (m.platform + m.merchant) / members : null,
      })),
      appeals: uses.filter((u) => u.appeal !== null).length,
      upheldAppeals: upheld,
      rejectedAppeals: rejected,
      upheldShare: upheld + rejected ? upheld / (upheld + rejected) : null,
    } as Row;
  });
}

// ---- the report, read through the API -------------------------------------------------------

describe('usage report', () => {
  let s: TestServer;
  let ledger: LedgerUse[];
  beforeAll(async () => {
    s = await startTestServer({ config: { holdSweepSeconds: 0 } });
    await history(s);
    expect(await expectLedgerClean(s)).toMatchObject({ drift: [] });
    ledger = await readLedger(s);
  }, 300_000);
  afterAll(() => s?.stop());

  it('the history has what the report must tell apart', () => {
    const inWindow = expectedRows(ledger, ['TIER', 'BENEFIT', 'MERCHANT', 'CAUSE']);
    expect(new Set(inWindow.map((r) => r.tier)).size).toBe(3);
    expect(new Set(inWindow.map((r) => r.benefit)).size).toBe(5);
    expect(new Set(inWindow.map((r) => r.cause)).size).toBe(5);
    expect(inWindow.some((r) => r.merchant === null)).toBe(true);
    const [total] = expectedRows(ledger, []);
    expect(total.uses).toBeGreaterThan(120);
    expect(total.reversed).toBeGreaterThan(10);
    expect(total.upheldAppeals).toBeGreaterThan(0);
    expect(total.rejectedAppeals).toBeGreaterThan(0);
    expect(total.appeals).toBeGreaterThan(total.upheldAppeals + total.rejectedAppeals); // some still open
    expect(total.cost.map((c) => c.currency)).toEqual(['CNY', 'USD']);
    expect(ledger.length).toBeGreaterThan(total.uses + total.reversed); // uses outside the window, holds, releases
  });

  it('the totals over the window equal the ledger', async () => {
    const { rows } = await allRows(s, { from: FROM, to: TO, groupBy: [] });
    expect(rows).toEqual(expectedRows(ledger, []));
    expect(rows).toHaveLength(1);
  });

  it.each([
    [['TIER']], [['BENEFIT']], [['MERCHANT']], [['FUNDER']], [['CAUSE']], [['DAY']], [['WEEK']], [['MONTH']],
    [['TIER', 'BENEFIT']], [['MERCHANT', 'FUNDER', 'CAUSE']], [['MONTH', 'TIER', 'BENEFIT']], [['WEEK', 'CAUSE']],
  ])('grouped by %j, paged by 7, every row equals the ledger', async (groupBy) => {
    const { rows, pages } = await allRows(s, { from: FROM, to: TO, groupBy: groupBy as UsageReportInput['groupBy'] });
    const expected = expectedRows(ledger, groupBy);
    expect(rows).toEqual(expected);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 7)));
  });

  it('days, weeks and months are local: a use at 16:30 UTC falls on the next local day', () => {
    const late = ledger.find((u) => u.createdAt.getUTCHours() >= 16 && ['CAPTURED', 'REVERSED'].includes(u.state));
    expect(late).toBeDefined();
    expect(late!.key.day).not.toBe(late!.createdAt.toISOString().slice(0, 10));
  });

  it('filters narrow the uses counted', async () => {
    const filter = { tierCodes: ['GOLD', 'SILVER'], causes: ['SELLER_FAULT', 'LOGISTICS'], merchantIds: ['m-a', 'm-b'] };
    const { rows } = await allRows(s, { from: FROM, to: TO, groupBy: ['BENEFIT', 'MERCHANT'], filter: filter as UsageReportInput['filter'] });
    expect(rows).toEqual(expectedRows(ledger, ['BENEFIT', 'MERCHANT'], filter));
    expect(rows.length).toBeGreaterThan(0);
    const benefits = { benefitCodes: ['COMPENSATION_USD'] };
    expect((await allRows(s, { from: FROM, to: TO, groupBy: ['TIER'], filter: benefits })).rows).toEqual(expectedRows(ledger, ['TIER'], benefits));
    const none = await allRows(s, { from: FROM, to: TO, groupBy: [], filter: { tierCodes: ['NO_SUCH_TIER'] } });
    expect(none.rows).toEqual([]);
  });

  it('a window boundary counts a use on its first instant, not on its last', async () => {
    // Inside the window (the history runs past TO, and the ledger's rows come in no set order).
    const use = ledger.find((u) => u.state === 'CAPTURED' && u.createdAt > new Date(FROM) && u.createdAt < new Date(TO))!;
    const at = use.createdAt.toISOString();
    const starting = await allRows(s, { from: at, to: TO, groupBy: [] });
    expect(starting.rows).toEqual(expectedRows(ledger, [], {}, at, TO));
    const ending = await allRows(s, { from: FROM, to: at, groupBy: [] });
    expect(ending.rows).toEqual(expectedRows(ledger, [], {}, FROM, at));
    expect(starting.rows[0].uses + ending.rows[0].uses).toBe(expectedRows(ledger, [])[0].uses);
  });

  it('costs two statements a page, however many uses it sums', async () => {
    for (const groupBy of [['DAY', 'TIER', 'BENEFIT'], []] as const) {
      s.statements.reset();
      const r = await s.op(UsageReportDocument, { input: { from: FROM, to: TO, groupBy: [...groupBy], first: 100 } });
      expect(r.errors).toBeUndefined();
      expect(s.statements.count).toBe(2);
    }
    s.statements.reset();
    await s.op(UsageReportDocument, { input: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z', groupBy: ['TIER'] } });
    expect(s.statements.count).toBe(1); // nothing in the window: no charges to sum
  });

  it('the CSV export streams the same rows as the report, across pages', async () => {
    const groupBy = ['DAY', 'TIER', 'BENEFIT', 'CAUSE'];
    const { rows } = await allRows(s, { from: FROM, to: TO, groupBy: groupBy as UsageReportInput['groupBy'] }, 100);
    expect(rows.length).toBeGreaterThan(100); // more than one page of the export
    const res = await getCsv(s, `from=${FROM}&to=${TO}&groupBy=${groupBy.join(',')}`, await s.token('ops_admin'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-length')).toBeNull(); // chunked: written as the pages come
    const [header, ...records] = parseCsv(await res.text());
    expect(header).toEqual(['day', 'tier', 'benefit', 'cause', 'uses', 'reversed', 'units', 'members', 'appeals', 'upheld_appeals', 'rejected_appeals',
      'upheld_share', 'currency', 'platform_cost', 'merchant_cost', 'total_cost', 'cost_per_member']);
    expect(records).toEqual(csvOf(groupBy, rows));

    const filtered = await getCsv(s, `from=${FROM}&to=${TO}&groupBy=MERCHANT&causes=SELLER_FAULT,LOGISTICS&tierCodes=GOLD`, await s.token('ops_admin'));
    const filter = { causes: ['SELLER_FAULT', 'LOGISTICS'], tierCodes: ['GOLD'] };
    expect(parseCsv(await filtered.text()).slice(1)).toEqual(csvOf(['MERCHANT'], expectedRows(ledger, ['MERCHANT'], filter)));
    const empty = await getCsv(s, 'from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z&groupBy=', await s.token('ops_admin'));
    expect(await empty.text()).toBe('uses,reversed,units,members,appeals,upheld_appeals,rejected_appeals,upheld_share,currency,platform_cost,merchant_cost,total_cost,cost_per_member\r\n');
  });

  it('only ops read it', async () => {
    const input = { from: FROM, to: TO, groupBy: ['TIER' as const] };
    for (const as of ['customer', 'cs_agent', 'service', 'merchant'] as const) {
      const r = await s.op(UsageReportDocument, { input }, as);
      expect([as, errorCode(r), r.data?.usageReport ?? null]).toEqual([as, 'FORBIDDEN', null]);
    }
    expect(errorCode(await s.op(UsageReportDocument, { input }, null))).toBe('UNAUTHENTICATED');
    const query = `from=${FROM}&to=${TO}&groupBy=TIER`;
    for (const as of ['customer', 'cs_agent', 'merchant'] as const) {
      const res = await getCsv(s, query, await s.token(as));
      expect([as, res.status]).toEqual([as, 403]);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
    const anonymous = await getCsv(s, query);
    expect(anonymous.status).toBe(401);
    expect((await getCsv(s, query, 'not-a-token')).status).toBe(401);
  });

  it('bad input is BAD_USER_INPUT naming the field', async () => {
    const bad = async (input: Record<string, unknown>) => s.gql(`query($input: UsageReportInput!) { usageReport(input: $input) { edges { cursor } } }`, { input });
    const same = await bad({ from: FROM, to: FROM, groupBy: [] });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.to', message: 'must be after from' }] });
    const backwards = await bad({ from: TO, to: FROM, groupBy: ['TIER'] });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.to' }] });
    expect(errorCode(await bad({ from: FROM, to: TO, groupBy: ['TIER', 'PLANET'] }))).toBe('BAD_USER_INPUT');
    expect((await bad({ from: FROM, to: TO, groupBy: ['TIER', 'TIER'] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.groupBy' }] });
    expect((await bad({ from: FROM, to: TO, groupBy: [], first: 0 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.first' }] });
    expect((await bad({ from: FROM, to: TO, groupBy: [], first: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.first' }] });
    // A cursor of another grouping, or none of this list
    const page = await s.op(UsageReportDocument, { input: { from: FROM, to: TO, groupBy: ['TIER'], first: 1 } });
    const cursor = page.data!.usageReport.pageInfo.endCursor;
    for (const after of [cursor, 'bm90LWpzb24', Buffer.from('[1,2]').toString('base64url')]) {
      const r = await bad({ from: FROM, to: TO, groupBy: ['TIER', 'BENEFIT'], after });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.after' }] });
    }
    const token = await s.token('ops_admin');
    for (const query of [`from=${FROM}&to=${FROM}&groupBy=TIER`, `from=${FROM}&to=${TO}&groupBy=PLANET`, `to=${TO}&groupBy=TIER`, `from=yesterday&to=${TO}`,
      `from=${FROM}&to=${TO}&groupBy=TIER&colour=blue`, `from=0001-01-01T00:00:00Z&to=${TO}`]) {
      const res = await getCsv(s, query, token);
      expect([query, res.status]).toEqual([query, 400]);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });

  it('MariaDB answers the report from its indexes (EXPLAIN)', async () => {
    if (!onMysql()) {
      console.log('skipped on SQLite: EXPLAIN plans are checked on MariaDB (DATABASE_URL=mysql://…)');
      return;
    }
    // One week of the two months: the plan must range-scan idx_usage_state_created, not the ledger.
    s.statements.reset();
    const r = await s.op(UsageReportDocument, { input: { from: '2026-11-01T16:00:00Z', to: '2026-11-08T16:00:00Z', groupBy: ['TIER', 'BENEFIT'], first: 100 } });
    expect(r.data!.usageReport.edges.length).toBeGreaterThan(0);
    const [uses, charges] = s.statements.logged.filter((st) => st.query.includes('FROM usage_entries u'));
    const plan = async (st: { query: string; parameters: unknown[] }) =>
      (await s.db.query(`EXPLAIN ${st.query}`, st.parameters)) as Array<{ table: string; type: string; key: string | null }>;
    const usePlan = await plan(uses);
    expect(usePlan.find((p) => p.table === 'u')).toMatchObject({ key: 'idx_usage_state_created', type: 'range' });
    expect(usePlan.find((p) => p.table === 'a')).toMatchObject({ key: 'uq_appeals_usage' });
    const chargePlan = await plan(charges);
    expect(chargePlan.find((p) => p.table === 'u')).toMatchObject({ key: 'idx_usage_state_created', type: 'range' });
    expect(chargePlan.find((p) => p.table === 'c')).toMatchObject({ key: 'idx_charges_usage' });
    // No step of either plan reads a whole table.
    expect([...usePlan, ...chargePlan].filter((p) => p.type === 'ALL' && !['t', 'r', 'b'].includes(p.table))).toEqual([]);
  });
});
