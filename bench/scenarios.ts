// The requests the bench sends, and which server answers each.
// - Ceiling pairs: the same request to the real server and to the reference server (the stack's
//   ceiling, reference-server.ts), compared as a share of the reference's throughput.
// - Ratio scenarios (real server only): history vs none, large catalog vs demo, same 7 benefits.
import { signToken } from '../src/auth/token';
import { BenchDatabases } from './databases';
import { CONSUME, ConsumeCheck } from './exactly-once';
import { Scenario } from './measure';
import { KEYS } from './report';
import { ServerProcess } from './server-processes';

const ENTITLEMENT_FIELDS = 'benefit { code } status limit used held remaining resetsAt orderRemaining config reasons { code message }';
const ME = `{ me { tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;
const meOnly = (codes: string[]) => `{ me { tier { code } entitlements(benefitCodes: ${JSON.stringify(codes)}) { ${ENTITLEMENT_FIELDS} } } }`;
const DEMO_BENEFITS = ['COMPENSATION_BUDGET', 'DEDICATED_CHANNEL', 'EXTENDED_RETURN_WINDOW', 'FREE_RETURN_SHIPPING', 'INSTANT_REFUND', 'PRICE_PROTECTION', 'PRIORITY_HANDLING'];
const userRead = (userId: string) => `{ user(id: "${userId}") { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;
const USER_BY_ID = `query ($id: ID!) { user(id: $id) { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;
const usersRead = (ids: string[]) => `{ users(ids: ${JSON.stringify(ids)}) { id tier { code } entitlements { ${ENTITLEMENT_FIELDS} } } }`;

/** Variables naming the members one after another. */
const inTurn = (ids: string[]) => {
  let n = 0;
  return () => ({ id: ids[n++ % ids.length] });
};

/** A query the real server and the reference both answer; `check` is the real side's exactly-once check, if any. */
export interface CeilingPair {
  key: string;
  name: string;
  /** Reads are held to ≥ 0.5 of the reference, `{ __typename }` to ≥ 0.85; writes are reported. */
  kind: 'front' | 'read' | 'write';
  real: Scenario;
  reference: Scenario;
  check?: ConsumeCheck;
}

export interface BenchScenarios {
  pairs: CeilingPair[];
  /** Real-server scenarios of the ratios, in the order measured (the pairs' real sides included). */
  ratios: Scenario[];
  me: Scenario;
  checks: ConsumeCheck[];
}

export async function benchScenarios(
  dbs: BenchDatabases, servers: { demo: ServerProcess; catalog: ServerProcess; reference: ServerProcess }, secret: string, run: string,
): Promise<BenchScenarios> {
  const { demo, catalog, reference } = servers;
  const customer = await signToken(secret, 'u-gold', ['customer']);
  const csAgent = await signToken(secret, 'cs-bench', ['cs_agent']);
  const catalogCustomer = await signToken(secret, dbs.large.userId, ['customer']);
  const { tiers, benefits, versions } = dbs.fixtures.largeCatalog as { tiers: number; benefits: number; versions: number };
  const size = `${tiers}×${benefits}×${versions} catalog`;
  const wide = dbs.groups[0];

  const distinct = new ConsumeCheck(`consumeEntitlement, ${wide.length} distinct members, 1 process`, wide, 'COMPENSATION_BUDGET', `bench-${run}-distinct`);
  let refKeys = 0;
  const refConsume = () => ({ input: { userId: wide[refKeys % wide.length], benefitCode: 'COMPENSATION_BUDGET', amount: 1, idempotencyKey: `bench-${run}-ref-${++refKeys}` } });

  const pair = (key: string, name: string, kind: CeilingPair['kind'], token: string, query: string, extra: Partial<Scenario> = {}, refVariables?: () => object): CeilingPair => ({
    key, name, kind,
    real: { key, name, target: demo, token, query, ...extra },
    reference: { key: `${key}-reference`, name, target: reference, token, query, variables: refVariables },
  });
  const pairs: CeilingPair[] = [
    pair(KEYS.baseline, '{ __typename }', 'front', customer, '{ __typename }'),
    pair(KEYS.meDemo, 'storefront me { tier entitlements } (7 benefits)', 'read', customer, ME),
    pair('order-demo', 'storefront order(id) { entitlements }', 'read', customer, `{ order(id: "o-gold-1") { entitlements { ${ENTITLEMENT_FIELDS} } } }`),
    // Each request another member: reads of concurrent requests go out together on MySQL/MariaDB
    // (member-facts-batch.ts), and the same member every time would flatter that. Listed before
    // readNone: the reference answers `user` with the last captured answer, readNone's (a GOLD
    // member, one benefit fewer than these BLACK ones).
    pair('user-distinct', `CS user(id) { entitlements }, ${wide.length} distinct members in turn`, 'read', csAgent, USER_BY_ID, { variables: inTurn(wide) }, inTurn(wide)),
    pair(KEYS.readNone, 'CS user(id) { entitlements } GOLD, no history', 'read', csAgent, userRead(dbs.none)),
    pair('users-100', `CS users(ids: ${wide.length}) { entitlements }`, 'read', csAgent, usersRead(wide)),
    { ...pair('consume-distinct', `CS consumeEntitlement, ${wide.length} distinct members`, 'write', csAgent, CONSUME, { variables: distinct.variables, record: distinct.record }, refConsume), check: distinct },
  ];

  let consumed = 0;
  const consume = (userId: string) => () => ({ input: { userId, benefitCode: 'COMPENSATION_BUDGET', amount: 1, idempotencyKey: `bench-${run}-${++consumed}` } });
  const ratios: Scenario[] = [
    ...pairs.map((p) => p.real),
    { key: KEYS.meLarge, name: `storefront me { tier entitlements } ${size}`, target: catalog, token: catalogCustomer, query: ME },
    { key: KEYS.meDemoSeven, name: 'storefront me { entitlements(benefitCodes: 7) }', target: demo, token: customer, query: meOnly(DEMO_BENEFITS) },
    { key: KEYS.meLargeSeven, name: `storefront me { entitlements(benefitCodes: 7) } ${size}`, target: catalog, token: catalogCustomer, query: meOnly(dbs.large.benefitCodes.slice(0, 7)) },
    { key: KEYS.readHistory, name: `CS user(id) { entitlements } GOLD, ${dbs.fixtures.history.entries} entries`, target: demo, token: csAgent, query: userRead(dbs.long) },
    { key: KEYS.consumeNone, name: 'CS consumeEntitlement GOLD, no history', target: demo, token: csAgent, query: CONSUME, variables: consume(dbs.none) },
    { key: KEYS.consumeHistory, name: `CS consumeEntitlement GOLD, ${dbs.fixtures.history.entries} entries`, target: demo, token: csAgent, query: CONSUME, variables: consume(dbs.long) },
  ];
  return { pairs, ratios, me: pairs[1].real, checks: [distinct] };
}

/** What the reference answers for each root field: the real server's answers, captured once. */
export async function cannedAnswers(pairs: CeilingPair[], send: (sc: Scenario) => Promise<{ data: Record<string, unknown> | null; problem: string | null }>) {
  const answers: Record<string, unknown> = {};
  for (const p of pairs) {
    const { data, problem } = await send(p.real);
    if (problem || !data) throw new Error(`${p.name}: ${problem ?? 'no data'}`);
    Object.assign(answers, data);
  }
  return answers;
}
