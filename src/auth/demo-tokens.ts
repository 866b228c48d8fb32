// The development demo's actors, one per role (their users come from src/seed/demo.ts). `npm start`
// prints their tokens; the development IDE (src/http/ide.ts) offers them in its role picker.
import { Role } from './roles';
import { signToken } from './token';

export const DEMO_ACTORS: ReadonlyArray<{ role: Role; sub: string; merchantId?: string }> = [
  { role: 'customer', sub: 'u-gold' },
  { role: 'cs_agent', sub: 'cs-alice' },
  { role: 'ops_admin', sub: 'ops-bob' },
  { role: 'service', sub: 'order-system' },
  { role: 'merchant', sub: 'm-1-staff', merchantId: 'm-1' },
];

export interface DemoToken {
  role: Role;
  sub: string;
  token: string;
}

/** One 30-day HS256 token per demo actor. */
export function demoTokens(secret: string): Promise<DemoToken[]> {
  return Promise.all(DEMO_ACTORS.map(async (a) => ({
    role: a.role, sub: a.sub, token: await signToken(secret, a.sub, [a.role], '30d', a.merchantId ? { merchantId: a.merchantId } : {}),
  })));
}
