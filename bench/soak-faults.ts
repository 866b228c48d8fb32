// The soak's faults: SIGKILL + restart of single processes, and an outage and a freeze of the
// database for all of them (through their proxies), on a schedule spread over the load.
import { FaultRecord, GC_READY, log, PLAN, round1, sleep, warmUpMs } from './soak-plan';
import type { Soak } from './soak';

export class Faults {
  readonly skippedFaults: string[] = [];
  constructor(private readonly soak: Soak) {}

  async killAndRestart(i: number): Promise<void> {
    const p = this.soak.procs[i];
    p.killing = true;
    // Killed while it serves: wait (briefly) for a request in flight.
    for (const deadline = this.soak.now() + 2000; p.inFlight === 0 && this.soak.now() < deadline; ) await sleep(5);
    const rec: FaultRecord = { kind: 'kill', index: i, at: Math.round(this.soak.now()), ms: 0, inFlight: p.inFlight };
    const killed = this.soak.cluster.kill(i, 'SIGKILL');
    p.up = false; // the balancer stops routing to it; what is in flight dies with it
    await killed;
    p.kills++;
    const t = this.soak.now();
    let attempts = 0;
    for (; attempts < 5; ) {
      attempts++;
      try {
        await this.soak.cluster.restart(i);
        break;
      } catch (err) {
        log(`restart of process ${i} failed (attempt ${attempts}): ${String(err).split('\n')[0]}`);
        if (attempts === 5) this.soak.violations.push(`process ${i} could not be restarted after a kill: ${String(err).slice(0, 300)}`);
        await sleep(1000);
      }
    }
    rec.restartMs = Math.round(this.soak.now() - t);
    rec.restartAttempts = attempts;
    rec.ms = Math.round(this.soak.now() - rec.at);
    if (this.soak.cluster.alive(i)) {
      p.incarnation++;
      p.rss.push([]);
      p.pids.push(this.soak.cluster.pids[i]);
      p.gcReady = this.soak.cluster.stderr(i).includes(GC_READY);
      p.up = true;
    }
    p.killing = false;
    this.soak.faults.push(rec);
    log(`kill ${this.soak.faults.filter((f) => f.kind === 'kill').length}/${PLAN.kills}: process ${i} (${rec.inFlight} in flight) SIGKILLed at ${round1(rec.at / 1000)} s, back in ${rec.restartMs} ms as pid ${this.soak.cluster.pids[i]}`);
  }

  async cutAll(kind: 'outage' | 'freeze', ms: number): Promise<void> {
    const modes = this.soak.proxies.map((_, i) => (kind === 'freeze' ? 'silent' : i % 2 === 0 ? 'refuse' : 'reset') as 'silent' | 'refuse' | 'reset');
    const at = this.soak.now();
    this.soak.phase = kind;
    this.soak.proxies.forEach((p, i) => p.cut(modes[i]));
    await sleep(ms);
    await Promise.all(this.soak.proxies.map((p) => p.restore()));
    this.soak.phase = 'load';
    this.soak.faults.push({ kind, at: Math.round(at), ms: Math.round(this.soak.now() - at), modes });
    log(`${kind} (${[...new Set(modes)].join('/')} on every proxy) from ${round1(at / 1000)} s for ${Math.round(this.soak.now() - at)} ms`);
  }

  /** When each fault happens: kills spread over the load, clear of the outage and the freeze. */
  schedule(): Array<{ at: number; kind: 'kill' | 'outage' | 'freeze'; index?: number }> {
    const L = PLAN.loadMs;
    const outageAt = 0.3 * L;
    const freezeAt = 0.6 * L;
    const events: Array<{ at: number; kind: 'kill' | 'outage' | 'freeze'; index?: number }> = [
      { at: outageAt, kind: 'outage' }, { at: freezeAt, kind: 'freeze' },
    ];
    // One process is never killed, so one RSS is followed over the whole run.
    const killable = this.soak.procs.map((p) => p.index).filter((i) => i !== this.soak.survivor);
    const clear = (t: number) => {
      for (const [start, ms] of [[outageAt, PLAN.outageMs], [freezeAt, PLAN.freezeMs]]) if (t > start - 1500 && t < start + ms + 1000) return start + ms + 1000;
      return t;
    };
    const [from, to] = [warmUpMs() + 2000, 0.95 * L];
    for (let k = 0; k < PLAN.kills; k++) events.push({ at: clear(from + ((to - from) * (k + 0.5)) / PLAN.kills), kind: 'kill', index: this.soak.w.pick(killable) });
    return events.sort((a, b) => a.at - b.at);
  }

  /**
   * Runs the faults on schedule. A kill does not wait for an earlier restart (a slow start must not
   * push later kills past the load): it takes the planned process, or another that is up, never
   * the one spared; the outage and the freeze wait until every process is back (one starting then
   * could not reach its database). Events not run before the load ends are counted as skipped.
   */
  async faultController(events: ReturnType<Faults['schedule']>, stop: () => boolean): Promise<void> {
    const restarts = new Set<Promise<void>>();
    const killable = () => this.soak.procs.filter((p) => p.index !== this.soak.survivor && p.up && !p.killing).map((p) => p.index);
    for (const ev of events) {
      while (this.soak.now() < ev.at && !stop()) await sleep(Math.min(200, ev.at - this.soak.now()));
      while (ev.kind === 'kill' && !stop() && killable().length === 0 && restarts.size) await Promise.race(restarts);
      if (stop()) {
        this.skippedFaults.push(ev.kind);
        continue;
      }
      if (ev.kind === 'kill') {
        const choices = killable();
        if (!choices.length) {
          this.skippedFaults.push('kill (no process up to kill)');
          continue;
        }
        const index = choices.includes(ev.index!) ? ev.index! : this.soak.w.pick(choices);
        const p: Promise<void> = this.killAndRestart(index).finally(() => restarts.delete(p));
        restarts.add(p);
      } else {
        await Promise.all(restarts);
        await this.cutAll(ev.kind, ev.kind === 'outage' ? PLAN.outageMs : PLAN.freezeMs);
      }
    }
    await Promise.all(restarts);
  }

}
