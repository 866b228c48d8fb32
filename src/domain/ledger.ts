// The ledger as it stood at a past instant, for `at` questions: entries keep their current state
// and usage_transitions records every move, so any earlier state can be replayed.
import type { UsageState } from './types';

export interface StateChange {
  /** null on a creation record (entries booked before moves were the only transitions written). */
  fromState: UsageState | null;
  toState: UsageState;
  createdAt: Date;
}

/**
 * The state an entry was in at `at`. Its first state is the earliest move's fromState (or the
 * current state if it never moved); each move made by `at` then applies in order.
 */
export function stateAt(current: UsageState, changes: readonly StateChange[], at: Date): UsageState {
  const moves = [...changes].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const first = moves[0];
  let state: UsageState = first ? (first.fromState ?? first.toState) : current;
  for (const m of moves) {
    if (m.fromState !== null && m.createdAt.getTime() <= at.getTime()) state = m.toState;
  }
  return state;
}
