import { stateAt } from '../../src/domain/ledger';

const at = (s: string) => new Date(`2026-11-10T${s}:00Z`);

describe('stateAt: an entry as it stood at an instant', () => {
  const capturedThenReversed = [
    { fromState: 'HELD' as const, toState: 'CAPTURED' as const, createdAt: at('02:00') },
    { fromState: 'CAPTURED' as const, toState: 'REVERSED' as const, createdAt: at('03:00') },
  ];

  it('starts in the first move\'s fromState and applies each move made by then', () => {
    expect(stateAt('REVERSED', capturedThenReversed, at('01:00'))).toBe('HELD');
    expect(stateAt('REVERSED', capturedThenReversed, at('02:00'))).toBe('CAPTURED');
    expect(stateAt('REVERSED', capturedThenReversed, at('02:59'))).toBe('CAPTURED');
    expect(stateAt('REVERSED', capturedThenReversed, at('03:00'))).toBe('REVERSED');
  });

  it('does not depend on the order the moves come in', () => {
    expect(stateAt('REVERSED', [...capturedThenReversed].reverse(), at('02:30'))).toBe('CAPTURED');
  });

  it('an entry that never moved has its current state; a creation record gives the first state', () => {
    expect(stateAt('CAPTURED', [], at('01:00'))).toBe('CAPTURED');
    const created = { fromState: null, toState: 'HELD' as const, createdAt: at('00:30') };
    expect(stateAt('RELEASED', [created, { fromState: 'HELD', toState: 'RELEASED', createdAt: at('04:00') }], at('03:00'))).toBe('HELD');
  });
});
