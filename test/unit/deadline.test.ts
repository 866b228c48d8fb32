// The request deadline: fixed for ordinary requests, pushed back by long work that reports progress
// (a simulation's chunks), never past its cap.
import { Deadline } from '../../src/http/deadline';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const late = () => new Error('late');

it('fails work that reports nothing once the deadline passes', async () => {
  const d = new Deadline(50, 1000, late);
  await expect(d.race(sleep(200))).rejects.toThrow('late');
});

it('lets work that keeps reporting progress run past the deadline, up to the cap', async () => {
  const steady = new Deadline(60, 1000, late);
  const work = (async () => {
    for (let i = 0; i < 8; i++) {
      await sleep(25);
      steady.progress();
    }
    return 'done';
  })();
  await expect(steady.race(work)).resolves.toBe('done'); // ~200 ms against a 60 ms deadline

  const capped = new Deadline(60, 150, late);
  let stopped = false;
  const endless = (async () => {
    while (!stopped) {
      await sleep(20);
      capped.progress();
    }
  })();
  const started = Date.now();
  await expect(capped.race(endless)).rejects.toThrow('late');
  expect(Date.now() - started).toBeLessThan(400);
  stopped = true;
  await endless;
});
