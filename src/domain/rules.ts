// Picking the version of a tier × benefit rule that is in force at an instant.
import type { RuleFacts } from './types';

/** Whether a rule version (or any row with its validity) is in force at `at`: [effectiveFrom, effectiveTo). */
export function inForce(r: Pick<RuleFacts, 'effectiveFrom' | 'effectiveTo'>, at: Date): boolean {
  const t = at.getTime();
  return r.effectiveFrom.getTime() <= t && (r.effectiveTo === null || t < r.effectiveTo.getTime());
}

/** Rule versions by tier × benefit, so a lookup costs the same however large the catalog is. */
export type RuleBook = ReadonlyMap<string, readonly RuleFacts[]>;

const pair = (tierId: string, benefitId: string) => `${tierId}\u0000${benefitId}`;

export function indexRules(rules: readonly RuleFacts[]): RuleBook {
  const book = new Map<string, RuleFacts[]>();
  for (const r of rules) {
    const k = pair(r.tierId, r.benefitId);
    const list = book.get(k);
    if (list) list.push(r);
    else book.set(k, [r]);
  }
  return book;
}

const NO_RULES: readonly RuleFacts[] = [];

function versionsOf(rules: RuleBook, tierId: string, benefitId: string): readonly RuleFacts[] {
  return rules.get(pair(tierId, benefitId)) ?? NO_RULES;
}

/**
 * The version in force at `at`. Versions never overlap by contract; should bad data overlap
 * anyway, the latest-starting version wins (then the largest id) so input order never matters.
 */
export function ruleAt(rules: RuleBook, tierId: string, benefitId: string, at: Date): RuleFacts | null {
  let best: RuleFacts | null = null;
  for (const r of versionsOf(rules, tierId, benefitId)) {
    if (!inForce(r, at)) continue;
    const d = best ? r.effectiveFrom.getTime() - best.effectiveFrom.getTime() : 1;
    if (d > 0 || (d === 0 && r.id > best!.id)) best = r;
  }
  return best;
}

export interface OffSchedule {
  /** Earliest version starting after `at`, if any. */
  next: RuleFacts | null;
  /** Latest version that ended at or before `at`, if any. */
  previous: RuleFacts | null;
}

/** When no version is in force: the nearest scheduled and ended versions, to explain why. */
export function offSchedule(rules: RuleBook, tierId: string, benefitId: string, at: Date): OffSchedule {
  const t = at.getTime();
  let next: RuleFacts | null = null;
  let previous: RuleFacts | null = null;
  for (const r of versionsOf(rules, tierId, benefitId)) {
    const from = r.effectiveFrom.getTime();
    if (from > t) {
      if (!next || from < next.effectiveFrom.getTime() || (from === next.effectiveFrom.getTime() && r.id < next.id)) next = r;
    } else if (r.effectiveTo !== null && r.effectiveTo.getTime() <= t) {
      const to = r.effectiveTo.getTime();
      const prevTo = previous?.effectiveTo?.getTime() ?? -Infinity;
      if (to > prevTo || (to === prevTo && r.id > previous!.id)) previous = r;
    }
  }
  return { next, previous };
}
