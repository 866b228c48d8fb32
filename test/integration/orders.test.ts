// recordOrder is an idempotent upsert by the platform's order id, for the order system only.
import { RecordOrderDocument, RecordOrderInput } from '../../clients/order-system/graphql';
import { recordOrder } from '../support/fixtures';
import { errorCode, rowCounts, startTestServer, TestServer } from '../support/harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

const RECORD = RecordOrderDocument; // the order system's own document
const order: RecordOrderInput = { id: 'o-100', userId: 'u-1', merchantId: 'm-7', category: 'APPAREL', amount: 12900, currency: 'CNY', placedAt: '2026-11-01T02:00:00Z', status: 'PLACED' };

it('records an order and upserts it when reported again', async () => {
  const first = await s.op(RECORD, { input: order }, 'service');
  expect(first.data!.recordOrder).toMatchObject({ order: { ...order, placedAt: '2026-11-01T02:00:00.000Z', deliveredAt: null }, userErrors: [] });
  const again = await s.op(RECORD, { input: order }, 'service');
  expect(again.data!.recordOrder.userErrors).toEqual([]);
  const delivered = await s.op(RECORD, { input: { ...order, status: 'DELIVERED', deliveredAt: '2026-11-03T08:00:00Z' } }, 'service');
  expect(delivered.data!.recordOrder.order).toMatchObject({ status: 'DELIVERED', deliveredAt: '2026-11-03T08:00:00.000Z' });
  expect((await rowCounts(s.db)).orders).toBe(1);
});

it('an order never changes owner; bad facts are refused and nothing is written', async () => {
  const before = await rowCounts(s.db);
  const owner = await s.op(RECORD, { input: { ...order, userId: 'u-2' } }, 'service');
  expect(owner.data!.recordOrder.userErrors[0]).toMatchObject({ code: 'ORDER_OWNER_CHANGED', field: 'input.userId' });
  const early = await s.op(RECORD, { input: { ...order, id: 'o-101', deliveredAt: '2026-10-01T00:00:00Z' } }, 'service');
  expect(early.data!.recordOrder.userErrors[0]).toMatchObject({ code: 'INVALID_RANGE', field: 'input.deliveredAt' });
  const bad = await s.op(RECORD, { input: { ...order, id: 'o-102', amount: -1, currency: 'yuan' } }, 'service');
  expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.amount', 'input.currency']);
  const badDate = await s.op(RECORD, { input: { ...order, id: 'o-103', placedAt: 'yesterday' } }, 'service');
  expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
  expect(await rowCounts(s.db)).toEqual(before);
});

it('the owner and staff read an order; other customers get FORBIDDEN; unknown ids NOT_FOUND', async () => {
  await recordOrder(s, { id: 'o-200', userId: 'u-1', amount: 5000, placedAt: '2026-11-02T00:00:00Z' });
  const q = `{ order(id: "o-200") { id amount user { id } } }`;
  expect((await s.gql(q, {}, { token: await s.token('customer', 'u-1') })).data.order).toEqual({ id: 'o-200', amount: 5000, user: { id: 'u-1' } });
  expect((await s.gql(q, {}, 'cs_agent')).data.order.id).toBe('o-200');
  expect(errorCode(await s.gql(q, {}, { token: await s.token('customer', 'u-2') }))).toBe('FORBIDDEN');
  expect(errorCode(await s.gql(`{ order(id: "nope") { id } }`, {}, 'cs_agent'))).toBe('NOT_FOUND');
});

it('only the order system records orders', async () => {
  for (const role of ['customer', 'cs_agent', 'ops_admin'] as const) {
    expect(errorCode(await s.op(RECORD, { input: order }, role))).toBe('FORBIDDEN');
  }
  expect(errorCode(await s.op(RECORD, { input: order }, null))).toBe('UNAUTHENTICATED');
});
