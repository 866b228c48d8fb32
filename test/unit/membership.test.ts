import { membershipAt } from '../../src/domain/membership';
import type { MembershipFacts, TierFacts } from '../../src/domain/types';
import { BLACK, GOLD, local, membership, ms, REGULAR, SILVER, tier, TIERS } from './fixtures';

const tierAt = (list: MembershipFacts[], tiers: TierFacts[], userId: string, at: Date) => membershipAt(list, tiers, userId, at)?.tier ?? null;

const at = local('2026-11-20T12:00');

describe('membershipAt', () => {
  it('falls back to the default tier, with no deciding membership', () => {
    expect(membershipAt([], TIERS, 'u1', at)).toEqual({ tier: REGULAR, membership: null });
    expect(tierAt([], TIERS, 'u1', at)).toBe(REGULAR);
  });

  it('is null when nothing covers and no tier is the default', () => {
    expect(membershipAt([], [SILVER, GOLD], 'u1', at)).toBeNull();
    expect(tierAt([], [SILVER, GOLD], 'u1', at)).toBeNull();
  });

  it('picks the lowest-ranked default when several are marked', () => {
    const base2 = tier('BASE2', -5, true);
    expect(tierAt([], [REGULAR, base2, GOLD], 'u1', at)).toBe(base2);
  });

  it('covers [startsAt, endsAt): the start instant is in, the end instant is out', () => {
    const start = local('2026-11-01T00:00');
    const end = local('2026-12-01T00:00');
    const m = membership(GOLD, start, end);
    expect(tierAt([m], TIERS, 'u1', ms(start, -1))).toBe(REGULAR);
    expect(membershipAt([m], TIERS, 'u1', start)).toEqual({ tier: GOLD, membership: m });
    expect(tierAt([m], TIERS, 'u1', ms(end, -1))).toBe(GOLD);
    expect(tierAt([m], TIERS, 'u1', end)).toBe(REGULAR);
  });

  it('an open-ended membership covers everything after its start', () => {
    expect(tierAt([membership(SILVER, local('2020-01-01T00:00'))], TIERS, 'u1', local('2099-01-01T00:00'))).toBe(SILVER);
  });

  it('overlapping memberships: the highest rank wins, whatever the input order', () => {
    const ms1 = [
      membership(SILVER, local('2026-01-01T00:00')),
      membership(BLACK, local('2026-11-01T00:00'), local('2026-11-10T00:00')),
      membership(GOLD, local('2026-06-01T00:00'), local('2027-01-01T00:00')),
    ];
    expect(tierAt(ms1, TIERS, 'u1', at)).toBe(GOLD);
    expect(tierAt([...ms1].reverse(), TIERS, 'u1', at)).toBe(GOLD);
    expect(tierAt(ms1, TIERS, 'u1', local('2026-11-05T00:00'))).toBe(BLACK);
  });

  it('two memberships of the same tier: the earliest-started decides (its anniversary anchors the year)', () => {
    const older = membership(GOLD, local('2025-03-01T00:00'));
    const newer = membership(GOLD, local('2026-03-01T00:00'));
    expect(membershipAt([newer, older], TIERS, 'u1', at)?.membership).toBe(older);
    expect(membershipAt([older, newer], TIERS, 'u1', at)?.membership).toBe(older);
  });

  it('ignores other users and unknown tiers', () => {
    const other = membership(BLACK, local('2026-01-01T00:00'), null, { userId: 'u2' });
    const ghost = membership(tier('GHOST', 99), local('2026-01-01T00:00'));
    expect(tierAt([other, ghost], TIERS, 'u1', at)).toBe(REGULAR);
    expect(tierAt([other], TIERS, 'u2', at)).toBe(BLACK);
  });
});
