import { formatMoney } from '../../src/domain/money';
import { claimDeadline } from '../../src/domain/conditions';
import { resolveEntitlements } from '../../src/domain/resolution';
import {
  BLACK, CHANNEL, codes, COMPENSATION, GOLD, grant, input, local, membership, ms, order, PRICE,
  REGULAR, resolveOne, rule, SHIPPING, SILVER, use,
} from './fixtures';

const AT = local('2026-11-20T12:00');
const goldSince2026 = () => membership(GOLD, local('2026-01-01T00:00'));

describe('formatMoney', () => {
  it.each([
    [3000, 'CNY', '¥30.00'],
    [20000, 'CNY', '¥200.00'],
    [5, 'CNY', '¥0.05'],
    [1250, 'USD', '$12.50'],
    [500, 'JPY', '¥500'],
    [1234, 'EUR', '€12.34'],
  ])('%d %s → %s', (minor, cur, out) => expect(formatMoney(minor, cur)).toBe(out));
});

describe('resolveEntitlements: shape', () => {
  it('returns one entitlement per benefit, ordered by code whatever the input order', () => {
    const out = resolveEntitlements(input({ benefits: [PRICE, SHIPPING, CHANNEL, COMPENSATION] }));
    expect(out.map((e) => e.benefit.code)).toEqual([
      'COMPENSATION_BUDGET', 'DEDICATED_CHANNEL', 'FREE_RETURN_SHIPPING', 'PRICE_PROTECTION',
    ]);
  });

  it('never reads the clock: the same input gives the same answer', () => {
    const i = input({ memberships: [goldSince2026()], rules: [rule(GOLD, SHIPPING)] });
    expect(resolveEntitlements(i)).toEqual(resolveEntitlements(i));
  });
});

describe('membership and rule presence', () => {
  it('NO_MEMBERSHIP when no membership covers and there is no default tier', () => {
    const e = resolveOne(input({ tiers: [SILVER, GOLD], rules: [rule(GOLD, SHIPPING)] }));
    expect(e).toMatchObject({ status: 'NOT_IN_TIER', tier: null, rule: null, remaining: null, used: 0 });
    expect(e.reasons).toEqual([{ code: 'NO_MEMBERSHIP', message: 'This account has no membership tier, so Free return shipping is not included.' }]);
  });

  it('the default tier decides when no membership covers', () => {
    const e = resolveOne(input({ rules: [rule(REGULAR, SHIPPING, { limit: 1 })] }));
    expect(e).toMatchObject({ status: 'AVAILABLE', tier: REGULAR, limit: 1, remaining: 1 });
  });

  it('TIER_LACKS_BENEFIT names the next tier up that has it', () => {
    const e = resolveOne(input({
      memberships: [membership(SILVER, local('2026-01-01T00:00'))],
      rules: [rule(GOLD, SHIPPING), rule(BLACK, SHIPPING)],
    }));
    expect(e).toMatchObject({ status: 'NOT_IN_TIER', tier: SILVER, rule: null });
    expect(e.reasons).toEqual([{ code: 'TIER_LACKS_BENEFIT', message: 'Silver does not include Free return shipping; Gold does.' }]);
  });

  it('TIER_LACKS_BENEFIT without a better tier to name', () => {
    const e = resolveOne(input({ memberships: [goldSince2026()] }));
    expect(e.reasons).toEqual([{ code: 'TIER_LACKS_BENEFIT', message: 'Gold does not include Free return shipping.' }]);
  });

  it('RULE_NOT_EFFECTIVE for a version scheduled in the future, with its start date', () => {
    const e = resolveOne(input({
      memberships: [goldSince2026()],
      rules: [rule(GOLD, SHIPPING, { effectiveFrom: local('2027-01-01T00:00') })],
    }));
    expect(e.status).toBe('NOT_IN_TIER');
    expect(e.reasons).toEqual([{ code: 'RULE_NOT_EFFECTIVE', message: "Gold's Free return shipping starts on 2027-01-01." }]);
  });

  it('RULE_NOT_EFFECTIVE for a version that ended', () => {
    const e = resolveOne(input({
      memberships: [goldSince2026()],
      rules: [rule(GOLD, SHIPPING, { effectiveTo: local('2026-07-01T00:00') })],
    }));
    expect(e.reasons).toEqual([{ code: 'RULE_NOT_EFFECTIVE', message: "Gold's Free return shipping has not been offered since 2026-07-01." }]);
  });

  it('as-of: a past `at` sees the version in force then', () => {
    const switchAt = local('2026-10-01T00:00');
    const rules = [
      rule(GOLD, SHIPPING, { id: 'v1', limit: 3, effectiveTo: switchAt }),
      rule(GOLD, SHIPPING, { id: 'v2', limit: 5, effectiveFrom: switchAt }),
    ];
    const memberships = [goldSince2026()];
    expect(resolveOne(input({ rules, memberships, at: ms(switchAt, -1) }))).toMatchObject({ limit: 3, rule: { id: 'v1' } });
    expect(resolveOne(input({ rules, memberships, at: switchAt }))).toMatchObject({ limit: 5, rule: { id: 'v2' } });
    expect(resolveOne(input({ rules, memberships }))).toMatchObject({ limit: 5, remaining: 5 });
  });
});

describe('ACCESS benefits', () => {
  it('are AVAILABLE with the rule config and no quota', () => {
    const e = resolveOne(input({ memberships: [goldSince2026()], rules: [rule(GOLD, CHANNEL)] }), CHANNEL);
    expect(e).toMatchObject({
      status: 'AVAILABLE', config: { channel: 'VIP_HOTLINE' }, limit: null, used: 0, held: 0, granted: 0,
      remaining: null, periodStart: null, resetsAt: null, orderRemaining: null, reasons: [],
    });
  });

  it('are NOT_ELIGIBLE when an order condition fails', () => {
    const e = resolveOne(input({
      memberships: [goldSince2026()],
      rules: [rule(GOLD, CHANNEL, { conditions: { merchantsExclude: ['m-1'] } })],
      order: order(),
    }), CHANNEL);
    expect(e.status).toBe('NOT_ELIGIBLE');
    expect(codes(e)).toEqual(['MERCHANT_EXCLUDED']);
  });
});

describe('COUNT quota', () => {
  const base = (o: Parameters<typeof input>[0] = {}) =>
    input({ memberships: [goldSince2026()], rules: [rule(GOLD, SHIPPING, { limit: 3 })], ...o });

  it('counts captured and live-held uses in the period only', () => {
    const e = resolveOne(base({
      usage: [
        use(SHIPPING, local('2026-11-02T09:00')),
        use(SHIPPING, local('2026-11-03T09:00'), { state: 'HELD', expiresAt: ms(AT, 1) }),
        use(SHIPPING, local('2026-10-31T23:59:59.999')), // last month
        use(SHIPPING, local('2026-11-04T09:00'), { state: 'RELEASED' }),
        use(SHIPPING, local('2026-11-05T09:00'), { state: 'REVERSED' }),
        use(SHIPPING, local('2026-11-06T09:00'), { state: 'HELD', expiresAt: AT }), // expired exactly now
        use(PRICE, local('2026-11-07T09:00')), // another benefit
        use(SHIPPING, local('2026-11-08T09:00'), { userId: 'u2' }), // another user
      ],
    }));
    expect(e).toMatchObject({
      status: 'AVAILABLE', limit: 3, used: 1, held: 1, granted: 0, remaining: 1,
      periodStart: local('2026-11-01T00:00'), resetsAt: local('2026-12-01T00:00'), reasons: [],
    });
  });

  it('a hold without expiry counts until released', () => {
    expect(resolveOne(base({ usage: [use(SHIPPING, local('2026-11-02T09:00'), { state: 'HELD' })] }))).toMatchObject({ held: 1, remaining: 2 });
  });

  it('EXHAUSTED with QUOTA_EXHAUSTED naming the reset date and the figures', () => {
    const usage = [1, 2, 3].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`)));
    const e = resolveOne(base({ usage }));
    expect(e).toMatchObject({ status: 'EXHAUSTED', used: 3, remaining: 0 });
    expect(e.reasons).toEqual([{ code: 'QUOTA_EXHAUSTED', message: 'Free return shipping resets on 2026-12-01 (3 of 3 used this month).' }]);
  });

  it('the message mentions holds and grants', () => {
    const usage = [
      use(SHIPPING, local('2026-11-01T09:00')), use(SHIPPING, local('2026-11-02T09:00')), use(SHIPPING, local('2026-11-03T09:00')),
      use(SHIPPING, local('2026-11-04T09:00'), { state: 'HELD' }),
    ];
    const e = resolveOne(base({ usage, grants: [grant(SHIPPING, 1, local('2026-11-01T00:00'))] }));
    expect(e).toMatchObject({ status: 'EXHAUSTED', used: 3, held: 1, granted: 1, remaining: 0 });
    expect(e.reasons[0].message).toBe(
      'Free return shipping resets on 2026-12-01 (3 of 4 used this month, 1 on hold; the allowance includes 1 granted).',
    );
  });

  it('one millisecond before the reset it is exhausted; at the reset it is available again', () => {
    const usage = [1, 2, 3].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`)));
    const reset = local('2026-12-01T00:00');
    expect(resolveOne(base({ usage, at: ms(reset, -1) })).status).toBe('EXHAUSTED');
    expect(resolveOne(base({ usage, at: reset }))).toMatchObject({ status: 'AVAILABLE', used: 0, remaining: 3, periodStart: reset });
  });

  it('live grants raise the limit; future and expired grants do not', () => {
    const usage = [1, 2, 3].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`)));
    const grants = [
      grant(SHIPPING, 2, local('2026-11-10T00:00'), ms(AT, 1)), // live until just after `at`
      grant(SHIPPING, 5, ms(AT, 1)), // not started yet
      grant(SHIPPING, 7, local('2026-11-01T00:00'), AT), // expired exactly now
      grant(PRICE, 9, local('2026-11-01T00:00')), // other benefit
      grant(SHIPPING, 9, local('2026-11-01T00:00'), null, { userId: 'u2' }), // other user
    ];
    expect(resolveOne(base({ usage, grants }))).toMatchObject({ status: 'AVAILABLE', granted: 2, remaining: 2 });
  });

  it('a downgrade never claws back: remaining floors at 0', () => {
    const usage = [1, 2, 3, 4, 5].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`)));
    expect(resolveOne(base({ usage }))).toMatchObject({ used: 5, remaining: 0, status: 'EXHAUSTED' });
  });

  it('an upgrade mid-period raises the limit and keeps what was used', () => {
    const upgradeAt = local('2026-11-10T00:00');
    const memberships = [
      membership(SILVER, local('2026-01-01T00:00'), upgradeAt),
      membership(GOLD, upgradeAt),
    ];
    const rules = [rule(SILVER, SHIPPING, { limit: 1 }), rule(GOLD, SHIPPING, { limit: 3 })];
    const usage = [use(SHIPPING, local('2026-11-05T09:00'))];
    expect(resolveOne(input({ memberships, rules, usage, at: local('2026-11-09T12:00') }))).toMatchObject({ tier: SILVER, status: 'EXHAUSTED', used: 1, remaining: 0 });
    expect(resolveOne(input({ memberships, rules, usage }))).toMatchObject({ tier: GOLD, status: 'AVAILABLE', used: 1, remaining: 2 });
  });

  it('a rule without a limit is unlimited', () => {
    const e = resolveOne(input({ memberships: [goldSince2026()], rules: [rule(GOLD, SHIPPING, { limit: null })], usage: [use(SHIPPING, AT)] }));
    expect(e).toMatchObject({ status: 'AVAILABLE', limit: null, used: 1, remaining: null });
  });

  it('LIFETIME counts everything and says it does not reset', () => {
    const e = resolveOne(input({
      memberships: [goldSince2026()],
      rules: [rule(GOLD, SHIPPING, { limit: 1, period: 'LIFETIME' })],
      usage: [use(SHIPPING, local('2021-01-01T00:00'))],
    }));
    expect(e).toMatchObject({ status: 'EXHAUSTED', periodStart: null, resetsAt: null });
    expect(e.reasons[0].message).toBe('Free return shipping does not reset (1 of 1 used in total).');
  });

  it('MEMBERSHIP_YEAR counts from the deciding membership anniversary date', () => {
    const e = resolveOne(input({
      memberships: [membership(GOLD, local('2025-06-15T10:30'))],
      rules: [rule(GOLD, SHIPPING, { limit: 2, period: 'MEMBERSHIP_YEAR' })],
      usage: [use(SHIPPING, local('2026-06-14T23:59')), use(SHIPPING, local('2026-06-15T00:00')), use(SHIPPING, local('2026-11-01T00:00'))],
    }));
    expect(e).toMatchObject({
      status: 'EXHAUSTED', used: 2, periodStart: local('2026-06-15T00:00'), resetsAt: local('2027-06-15T00:00'),
    });
    expect(e.reasons[0].message).toBe('Free return shipping resets on 2027-06-15 (2 of 2 used this membership year).');
  });

  it('results follow the business time zone', () => {
    const NY = 'America/New_York';
    const e = resolveOne(input({
      timeZone: NY, at: local('2026-03-08T12:00', NY),
      memberships: [goldSince2026()], rules: [rule(GOLD, SHIPPING, { limit: 1 })],
      usage: [use(SHIPPING, local('2026-03-01T00:00', NY)), use(SHIPPING, local('2026-02-28T23:59:59.999', NY))],
    }));
    expect(e).toMatchObject({ used: 1, periodStart: new Date('2026-03-01T05:00:00Z'), resetsAt: new Date('2026-04-01T04:00:00Z') });
    expect(e.reasons[0].message).toBe('Free return shipping resets on 2026-04-01 (1 of 1 used this month).');
  });
});

describe('ROLLING_DAYS quota', () => {
  const DAY = 86_400_000;
  const rolling = (usage: ReturnType<typeof use>[], at = AT) => resolveOne(input({
    at, memberships: [goldSince2026()], usage,
    rules: [rule(GOLD, SHIPPING, { limit: 2, period: 'ROLLING_DAYS', periodDays: 30 })],
  }));

  it('counts the last 30 local days; resetsAt is the midnight the oldest counted day drops out', () => {
    // AT is 2026-11-20 12:00 local: the window is Oct 22 … Nov 20.
    const oldest = new Date(AT.getTime() - 20 * DAY); // Oct 31
    const e = rolling([use(SHIPPING, oldest), use(SHIPPING, new Date(AT.getTime() - DAY)), use(SHIPPING, local('2026-10-21T23:59'))]);
    expect(e).toMatchObject({
      status: 'EXHAUSTED', used: 2, periodStart: local('2026-10-22T00:00'), resetsAt: local('2026-11-30T00:00'),
    });
    expect(e.reasons[0].message).toBe('Free return shipping frees up again on 2026-11-30 (2 of 2 used in the last 30 days).');
  });

  it('one millisecond before resetsAt it is exhausted; at resetsAt a unit is free', () => {
    const usage = [use(SHIPPING, new Date(AT.getTime() - 20 * DAY)), use(SHIPPING, new Date(AT.getTime() - DAY))];
    const resetsAt = rolling(usage).resetsAt!;
    expect(rolling(usage, ms(resetsAt, -1)).status).toBe('EXHAUSTED');
    expect(rolling(usage, resetsAt)).toMatchObject({ status: 'AVAILABLE', used: 1, remaining: 1 });
  });

  it('resetsAt is null when nothing is used', () => {
    expect(rolling([])).toMatchObject({ status: 'AVAILABLE', used: 0, resetsAt: null });
  });
});

describe('AMOUNT quota', () => {
  it('formats figures in the benefit currency', () => {
    const e = resolveOne(input({
      memberships: [goldSince2026()],
      rules: [rule(GOLD, COMPENSATION, { limit: 20000, period: 'CALENDAR_QUARTER' })],
      usage: [use(COMPENSATION, local('2026-10-02T09:00'), { amount: 15000 }), use(COMPENSATION, local('2026-11-02T09:00'), { amount: 5000 })],
    }), COMPENSATION);
    expect(e).toMatchObject({ status: 'EXHAUSTED', used: 20000, remaining: 0, resetsAt: local('2027-01-01T00:00') });
    expect(e.reasons[0].message).toBe('Compensation budget resets on 2027-01-01 (¥200.00 of ¥200.00 used this quarter).');
  });
});

describe('per-order limit', () => {
  const rules = [rule(GOLD, SHIPPING, { limit: 3, perOrderLimit: 1 })];
  const memberships = [goldSince2026()];

  it('orderRemaining counts captured and live holds on this order, in any period', () => {
    const e = resolveOne(input({ rules, memberships, order: order(), usage: [use(SHIPPING, local('2026-10-20T09:00'), { orderId: 'o-2' })] }));
    expect(e).toMatchObject({ status: 'AVAILABLE', orderRemaining: 1 });
  });

  it('ORDER_LIMIT_REACHED when this order has used its cap', () => {
    const usage = [use(SHIPPING, local('2026-10-20T09:00'), { orderId: 'o-1', state: 'HELD' })];
    const e = resolveOne(input({ rules, memberships, usage, order: order() }));
    expect(e).toMatchObject({ status: 'EXHAUSTED', remaining: 3, orderRemaining: 0 });
    expect(e.reasons).toEqual([{ code: 'ORDER_LIMIT_REACHED', message: 'Free return shipping is limited to 1 per order, and order o-1 has used 1.' }]);
  });

  it('lists both QUOTA_EXHAUSTED and ORDER_LIMIT_REACHED when both apply', () => {
    const usage = [1, 2, 3].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`), { orderId: 'o-1' }));
    const e = resolveOne(input({ rules, memberships, usage, order: order() }));
    expect(codes(e)).toEqual(['QUOTA_EXHAUSTED', 'ORDER_LIMIT_REACHED']);
    expect(e.reasons[1].message).toBe('Free return shipping is limited to 1 per order, and order o-1 has used 3.');
  });

  it('is not computed without an order', () => {
    expect(resolveOne(input({ rules, memberships }))).toMatchObject({ status: 'AVAILABLE', orderRemaining: null });
  });
});

describe('order conditions', () => {
  const memberships = [goldSince2026()];
  const withConditions = (conditions: object, o = order(), at = AT) =>
    resolveOne(input({ at, memberships, order: o, rules: [rule(GOLD, SHIPPING, { conditions })] }));

  it('ORDER_BELOW_MINIMUM with both amounts', () => {
    const e = withConditions({ minOrderAmount: 5000 }, order({ amount: 3000 }));
    expect(e.status).toBe('NOT_ELIGIBLE');
    expect(e.reasons).toEqual([{ code: 'ORDER_BELOW_MINIMUM', message: 'Order total ¥30.00 is below the ¥50.00 minimum for Free return shipping.' }]);
    expect(withConditions({ minOrderAmount: 5000 }, order({ amount: 5000 })).status).toBe('AVAILABLE');
  });

  it('CATEGORY_NOT_INCLUDED', () => {
    const e = withConditions({ categoriesInclude: ['SHOES', 'BAGS'] });
    expect(e.reasons).toEqual([{ code: 'CATEGORY_NOT_INCLUDED', message: 'Free return shipping covers only orders in SHOES, BAGS; order o-1 is in APPAREL.' }]);
    expect(withConditions({ categoriesInclude: ['APPAREL'] }).status).toBe('AVAILABLE');
    expect(withConditions({ categoriesInclude: [] }).status).toBe('AVAILABLE');
  });

  it('CATEGORY_EXCLUDED', () => {
    const e = withConditions({ categoriesExclude: ['APPAREL'] });
    expect(e.reasons).toEqual([{ code: 'CATEGORY_EXCLUDED', message: 'Free return shipping does not cover orders in APPAREL, and order o-1 is in APPAREL.' }]);
  });

  it('MERCHANT_EXCLUDED', () => {
    const e = withConditions({ merchantsExclude: ['m-1'] });
    expect(e.reasons).toEqual([{ code: 'MERCHANT_EXCLUDED', message: 'Free return shipping is not offered on orders from merchant m-1, and order o-1 is from that merchant.' }]);
  });

  it('CLAIM_WINDOW_CLOSED at the end of the N-th local day after delivery, and claimDeadline is exposed', () => {
    const o = order({ deliveredAt: local('2026-11-10T18:00') });
    const deadline = local('2026-11-18T00:00'); // end of Nov 17 = delivery day + 7
    expect(withConditions({ claimWindowDays: 7 }, o, ms(deadline, -1))).toMatchObject({ status: 'AVAILABLE', claimDeadline: deadline });
    const e = withConditions({ claimWindowDays: 7 }, o, deadline);
    expect(e).toMatchObject({ status: 'NOT_ELIGIBLE', claimDeadline: deadline });
    expect(e.reasons).toEqual([{
      code: 'CLAIM_WINDOW_CLOSED',
      message: 'The 7-day claim window for Free return shipping on order o-1 closed at the end of 2026-11-17, 7 days after delivery on 2026-11-10 18:00.',
    }]);
  });

  it('the claim window counts from placement when there is no delivery', () => {
    const e = withConditions({ claimWindowDays: 1 }, order({ placedAt: local('2026-11-05T10:00') }));
    expect(e.claimDeadline).toEqual(local('2026-11-07T00:00'));
    expect(e.reasons[0].message).toBe('The 1-day claim window for Free return shipping on order o-1 closed at the end of 2026-11-06, 1 day after the order was placed on 2026-11-05 10:00.');
  });

  it('claim deadlines are local midnights across DST (23h and 25h days)', () => {
    const NY = 'America/New_York';
    const spring = order({ deliveredAt: local('2026-03-07T12:00', NY) });
    expect(claimDeadline(spring, 0, NY)).toEqual(new Date('2026-03-08T05:00:00Z'));
    expect(claimDeadline(spring, 1, NY)).toEqual(new Date('2026-03-09T04:00:00Z')); // Mar 8 is 23h long
    const fall = order({ deliveredAt: local('2026-10-31T12:00', NY) });
    expect(claimDeadline(fall, 0, NY)).toEqual(new Date('2026-11-01T04:00:00Z'));
    expect(claimDeadline(fall, 1, NY)).toEqual(new Date('2026-11-02T05:00:00Z')); // Nov 1 is 25h long
    const berlin = order({ deliveredAt: local('2026-03-28T23:30', 'Europe/Berlin') });
    expect(claimDeadline(berlin, 1, 'Europe/Berlin')).toEqual(new Date('2026-03-29T22:00:00Z'));
  });

  it('lists every failed condition, and still shows the quota figures and reasons', () => {
    const usage = [1, 2, 3].map((d) => use(SHIPPING, local(`2026-11-0${d}T09:00`)));
    const e = resolveOne(input({
      memberships, usage, order: order({ amount: 3000, category: 'FOOD' }),
      rules: [rule(GOLD, SHIPPING, { conditions: { minOrderAmount: 5000, categoriesExclude: ['FOOD'] } })],
    }));
    expect(e).toMatchObject({ status: 'NOT_ELIGIBLE', limit: 3, used: 3, remaining: 0, resetsAt: local('2026-12-01T00:00') });
    expect(codes(e)).toEqual(['ORDER_BELOW_MINIMUM', 'CATEGORY_EXCLUDED', 'QUOTA_EXHAUSTED']);
  });

  it('without an order, order conditions are not evaluated (user-level view)', () => {
    const e = resolveOne(input({ memberships, rules: [rule(GOLD, SHIPPING, { conditions: { minOrderAmount: 5000, claimWindowDays: 7 } })] }));
    expect(e).toMatchObject({ status: 'AVAILABLE', claimDeadline: null, reasons: [] });
  });
});

describe('tier basis', () => {
  // Silver until Nov 10, then Gold (upgrade); the order was placed as Silver.
  const upgradeAt = local('2026-11-10T00:00');
  const upgraded = [membership(SILVER, local('2026-01-01T00:00'), upgradeAt), membership(GOLD, upgradeAt)];
  // Gold until Nov 10, then Silver (downgrade); the order was placed as Gold.
  const downgraded = [membership(GOLD, local('2026-01-01T00:00'), upgradeAt), membership(SILVER, upgradeAt)];
  const placedAsFirst = order({ placedAt: local('2026-11-05T10:00') });
  const rulesWith = (tierBasis: 'ORDER_TIME' | 'CURRENT' | 'BEST_OF') => [
    rule(SILVER, SHIPPING, { limit: 1, tierBasis }),
    rule(GOLD, SHIPPING, { limit: 3, tierBasis }),
  ];

  it.each([
    ['ORDER_TIME', 'an upgrade', upgraded, SILVER, 1],
    ['CURRENT', 'an upgrade', upgraded, GOLD, 3],
    ['BEST_OF', 'an upgrade', upgraded, GOLD, 3],
    ['ORDER_TIME', 'a downgrade', downgraded, GOLD, 3],
    ['CURRENT', 'a downgrade', downgraded, SILVER, 1],
    ['BEST_OF', 'a downgrade', downgraded, GOLD, 3],
  ] as const)('%s after %s', (basis, _label, memberships, tier, limit) => {
    const e = resolveOne(input({ memberships: [...memberships], rules: rulesWith(basis), order: placedAsFirst }));
    expect(e).toMatchObject({ status: 'AVAILABLE', tier, limit, remaining: limit });
  });

  it('ORDER_TIME without an order falls back to the current tier', () => {
    expect(resolveOne(input({ memberships: upgraded, rules: rulesWith('ORDER_TIME') }))).toMatchObject({ tier: GOLD, limit: 3 });
  });

  it('BEST_OF prefers a better status over a higher limit', () => {
    const rules = [
      rule(SILVER, SHIPPING, { limit: 1 }),
      rule(GOLD, SHIPPING, { limit: 3, conditions: { categoriesExclude: ['APPAREL'] } }),
    ];
    const e = resolveOne(input({ memberships: downgraded, rules, order: placedAsFirst }));
    expect(e).toMatchObject({ status: 'AVAILABLE', tier: SILVER, limit: 1 });
  });

  it('BEST_OF uses per-candidate rule configuration and keeps counters per user × benefit', () => {
    const usage = [use(SHIPPING, local('2026-11-02T09:00'))];
    const e = resolveOne(input({ memberships: downgraded, rules: rulesWith('BEST_OF'), order: placedAsFirst, usage }));
    expect(e).toMatchObject({ tier: GOLD, used: 1, remaining: 2 });
  });

  it('equal outcomes go to the higher-ranked tier', () => {
    const rules = [rule(SILVER, CHANNEL, { config: { channel: 'A' } }), rule(GOLD, CHANNEL, { config: { channel: 'B' } })];
    const e = resolveOne(input({ memberships: upgraded, rules, order: placedAsFirst }), CHANNEL);
    expect(e).toMatchObject({ tier: GOLD, config: { channel: 'B' } });
  });

  it('current tier is order-time only and the order-time tier lacks it: both explanations', () => {
    const e = resolveOne(input({ memberships: upgraded, order: placedAsFirst, rules: [rule(GOLD, SHIPPING, { tierBasis: 'ORDER_TIME' })] }));
    expect(e).toMatchObject({ status: 'NOT_IN_TIER', tier: SILVER, rule: null });
    expect(e.reasons).toEqual([
      { code: 'TIER_LACKS_BENEFIT', message: 'Silver does not include Free return shipping; Gold does.' },
      { code: 'TIER_LACKS_BENEFIT', message: "Gold's Free return shipping applies only to orders placed as Gold; order o-1 was placed on 2026-11-05 10:00 as Silver." },
    ]);
  });

  it('order placed when the account had no tier: NO_MEMBERSHIP for an order-time rule', () => {
    const e = resolveOne(input({
      tiers: [SILVER, GOLD], memberships: [membership(GOLD, upgradeAt)], order: placedAsFirst,
      rules: [rule(GOLD, SHIPPING, { tierBasis: 'ORDER_TIME' })],
    }));
    expect(e.status).toBe('NOT_IN_TIER');
    expect(e.reasons).toEqual([{ code: 'NO_MEMBERSHIP', message: "Gold's Free return shipping applies only to orders placed as Gold; order o-1 was placed on 2026-11-05 10:00 when this account had no membership tier." }]);
  });

  it('a current-tier rule of the order-time tier does not apply after the membership ended', () => {
    const e = resolveOne(input({
      tiers: [SILVER, GOLD], memberships: [membership(GOLD, local('2026-01-01T00:00'), upgradeAt)], order: placedAsFirst,
      rules: [rule(GOLD, SHIPPING, { tierBasis: 'CURRENT' })],
    }));
    expect(e.reasons).toEqual([{ code: 'NO_MEMBERSHIP', message: "Gold's Free return shipping applies only while the account holds Gold; it has no membership tier now." }]);
    const e2 = resolveOne(input({ memberships: downgraded, order: placedAsFirst, rules: [rule(GOLD, SHIPPING, { tierBasis: 'CURRENT' })] }));
    expect(e2.reasons).toEqual([
      { code: 'TIER_LACKS_BENEFIT', message: 'Silver does not include Free return shipping; Gold does.' },
      { code: 'TIER_LACKS_BENEFIT', message: "Gold's Free return shipping applies only while the account holds Gold; it is now Silver." },
    ]);
  });

  it('an ORDER_TIME candidate decides MEMBERSHIP_YEAR from its own membership', () => {
    const goldStart = local('2025-03-01T00:00');
    const memberships = [membership(GOLD, goldStart, upgradeAt), membership(SILVER, upgradeAt)];
    const e = resolveOne(input({
      memberships, order: placedAsFirst,
      rules: [rule(GOLD, SHIPPING, { period: 'MEMBERSHIP_YEAR', tierBasis: 'ORDER_TIME' })],
    }));
    expect(e).toMatchObject({ tier: GOLD, periodStart: local('2026-03-01T00:00'), resetsAt: local('2027-03-01T00:00') });
  });
});
