// Request admission (src/http/admission.ts): with nothing queued a request starts at once; the
// rest start in arrival order, a batch per later loop turn, the batch sized to keep turns short.
// Turns are counted by an immediate that re-queues itself once per check phase.
import { Admission } from '../../src/http/admission';

function turnCounter() {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turns, stop: () => void (running = false) };
}

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

/** n requests arriving together; each does `work` when it starts. Returns [name, turn] in start order. */
async function arrive(admission: Admission, n: number, work: () => void) {
  const turns = turnCounter();
  const started: Array<[number, number]> = [];
  await Promise.all(Array.from({ length: n }, async (_, i) => {
    const wait = admission.turn();
    if (wait) await wait;
    started.push([i, turns.now()]);
    work();
  }));
  turns.stop();
  return started;
}

it('starts requests first come first served, the first one at once', async () => {
  const admission = new Admission();
  const started = await arrive(admission, 40, () => undefined);
  expect(started.map(([i]) => i)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  expect(started[0][1]).toBe(0);
  expect(admission.queued).toBe(0);
});

it('starts heavy requests one per loop turn, so the loop polls (and accepts) between them', async () => {
  const admission = new Admission();
  const started = await arrive(admission, 6, () => busy(5));
  const turns = started.map(([, turn]) => turn);
  // After the first, each starts in the turn after the one before.
  expect(turns.slice(2).map((t, i) => t - turns[i + 1])).toEqual([1, 1, 1, 1]);
});

it('starts cheap requests many per turn: the batch grows while turns stay short', async () => {
  const admission = new Admission();
  const started = await arrive(admission, 200, () => undefined);
  const perTurn = new Map<number, number>();
  for (const [, turn] of started) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1);
  // 1 + 2 + 4 + … : 200 starts in 8 turns on an idle machine; a turn stretched by a busy machine
  // shrinks the next batch, so only "far fewer turns than requests" is asserted.
  expect(perTurn.size).toBeLessThanOrEqual(40);
  expect(Math.max(...perTurn.values())).toBeGreaterThanOrEqual(8);
});

it('reopens once the queue is empty: a request on an idle server starts at once', async () => {
  const admission = new Admission();
  expect(admission.turn()).toBeUndefined();
  const second = admission.turn();
  expect(second).toBeInstanceOf(Promise);
  await second;
  // The turn after the last start finds nobody waiting and lets the next one straight in.
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  expect(admission.turn()).toBeUndefined();
});
