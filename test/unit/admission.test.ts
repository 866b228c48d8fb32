// Request admission (src/http/admission.ts): the first request of a loop turn starts at once; the
// rest start one per later turn, in arrival order, so the loop polls (and accepts a connection)
// between two starts. Turns are counted by an immediate that re-queues itself once per check phase.
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

it('starts the first request of a turn at once and the others one per later turn, first come first served', async () => {
  const admission = new Admission();
  const turns = turnCounter();
  const started: Array<[string, number]> = [];
  const enter = async (name: string) => {
    const wait = admission.turn();
    if (wait) await wait;
    started.push([name, turns.now()]);
  };
  const all = [enter('a'), enter('b'), enter('c')];
  expect(admission.queued).toBe(2);
  // A request that arrives while others wait goes behind them.
  await Promise.resolve();
  all.push(enter('d'));
  await Promise.all(all);
  turns.stop();

  expect(started.map(([name]) => name)).toEqual(['a', 'b', 'c', 'd']);
  const at = started.map(([, turn]) => turn);
  expect(at[0]).toBe(0);
  // b, c and d each start in a turn of their own, consecutive ones.
  expect([at[2] - at[1], at[3] - at[2]]).toEqual([1, 1]);
  expect(admission.queued).toBe(0);
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
