// The memory of the soak's server processes: VmRSS sampled once a second, and readings right
// after full GCs (SIGUSR2 → soak/gc-preload.cjs) after warm-up, along the load and at the end.
import fs from 'node:fs';
import path from 'node:path';
import { GC_READY, log, MemoryPoint, PLAN, round1, RSS_WINDOW_MS, sleep, SNAPSHOT_DIR } from './soak-plan';
import type { Soak } from './soak';

export class Memory {
  constructor(private readonly soak: Soak) {}

  sampleRss(): void {
    for (const p of this.soak.procs) {
      if (!p.up) continue;
      const pid = this.soak.cluster.pids[p.index];
      if (!this.soak.cluster.alive(p.index)) {
        p.unexpectedExits++;
        p.up = false;
        this.soak.violations.push(`process ${p.index} (pid ${pid}) exited without being killed: ${this.soak.cluster.stderr(p.index).slice(-500)}`);
        void this.soak.cluster.restart(p.index).then(() => {
          p.incarnation++;
          p.rss.push([]);
          p.pids.push(this.soak.cluster.pids[p.index]);
          p.gcReady = this.soak.cluster.stderr(p.index).includes(GC_READY);
          p.up = true;
        }, (err) => this.soak.violations.push(`process ${p.index} could not be restarted: ${String(err).slice(0, 300)}`));
        continue;
      }
      try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) p.rss[p.incarnation].push({ t: Math.round(this.soak.now()), kB: Number(m[1]) });
      } catch {
        /* gone between the check and the read */
      }
    }
  }

  /** After-GC memory of every process up now (SIGUSR2 → full GCs → VmRSS); none of one that is not. */
  async measureMemory(snapshot = false): Promise<Array<MemoryPoint | null>> {
    return Promise.all(this.soak.procs.map(async (p) => {
      if (!p.up || !p.gcReady) return null;
      const i = p.index;
      const pid = this.soak.cluster.pids[i];
      const seq = ++p.memSeq;
      // SOAK_HEAP_SNAPSHOT_DIR: heap snapshots of the process spared the kills, after warm-up and at the end.
      const want = snapshot && SNAPSHOT_DIR && i === this.soak.survivor ? path.join(SNAPSHOT_DIR, `${pid}.want`) : null;
      if (want) fs.writeFileSync(want, '');
      try {
        process.kill(pid, 'SIGUSR2');
      } catch {
        return null;
      }
      let line: RegExpExecArray | null = null;
      for (const deadline = Date.now() + (want ? 120_000 : 3000); Date.now() < deadline; ) {
        await sleep(100);
        line = new RegExp(`^SOAK_MEM ${seq} (.*)$`, 'm').exec(this.soak.cluster.stderr(i));
        if (line && (!want || new RegExp(`^SOAK_SNAPSHOT ${seq} `, 'm').test(this.soak.cluster.stderr(i)))) break;
      }
      if (want) {
        fs.rmSync(want, { force: true });
        log(`heap snapshot of process ${i} (pid ${pid}) in ${SNAPSHOT_DIR}`);
      }
      await sleep(200); // let the kernel account pages the GC gave back
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kB = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
        if (!line || !Number.isFinite(kB('VmRSS'))) return null;
        const mem = JSON.parse(line[1]) as { heapUsed: number; heapTotal: number; external: number; spaces: Record<string, number>; handles: Record<string, number>; requests: number; fullGcs?: number };
        const anon = kB('RssAnon');
        const file = kB('RssFile') + kB('RssShmem');
        return {
          t: Math.round(this.soak.now()), rssKB: kB('VmRSS'), anonKB: Number.isFinite(anon) ? anon : null, fileKB: Number.isFinite(file) ? file : null,
          heapUsedKB: Math.round(mem.heapUsed / 1024), heapTotalKB: Math.round(mem.heapTotal / 1024), externalKB: Math.round(mem.external / 1024),
          spacesKB: Object.fromEntries(Object.entries(mem.spaces ?? {}).map(([k, v]) => [k, Math.round(v / 1024)])), handles: mem.handles ?? {}, requests: mem.requests ?? 0, fullGcs: mem.fullGcs ?? 0,
        };
      } catch {
        return null;
      }
    }));
  }

  memoryAfterWarmUp: Array<MemoryPoint | null> = [];
  memoryAtEnd: Array<MemoryPoint | null> = [];
  /** After-GC points taken along the load (every tenth of it), per process index. */
  memorySeries: Array<Array<MemoryPoint & { incarnation: number }>> = PLAN.clockOffsetsMs.map(() => []);
  /** One probe at a time (a GC, perhaps a snapshot, then the reading); `busy` while one runs. */
  private memoryChain: Promise<unknown> = Promise.resolve();
  memoryBusy = false;
  measureInto(snapshot = false): Promise<Array<MemoryPoint | null>> {
    const run = async () => {
      this.memoryBusy = true;
      try {
        const points = await this.measureMemory(snapshot);
        points.forEach((m, i) => m && this.memorySeries[i].push({ ...m, incarnation: this.soak.procs[i].incarnation }));
        return points;
      } finally {
        this.memoryBusy = false;
      }
    };
    const next = this.memoryChain.then(run, run);
    this.memoryChain = next.catch(() => undefined);
    return next;
  }

  rssFigures() {
    const median = (xs: number[]) => {
      if (!xs.length) return null;
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)];
    };
    return this.soak.procs.map((p) => {
      const first = p.rss[0];
      const afterWarmUp = median(first.filter((s) => s.t >= this.soak.warmEndAt && s.t < this.soak.warmEndAt + RSS_WINDOW_MS).map((s) => s.kB));
      const end = median(first.filter((s) => s.t > this.soak.loadEndAt - RSS_WINDOW_MS && s.t <= this.soak.loadEndAt).map((s) => s.kB));
      const checked = p.kills === 0 && p.unexpectedExits === 0;
      const pct = (a: number | null | undefined, b: number | null | undefined) => (a && b ? round1(((b - a) / a) * 100) : null);
      const [gcBefore, gcAfter] = [this.memoryAfterWarmUp[p.index], this.memoryAtEnd[p.index]];
      return {
        index: p.index, clockOffsetMs: p.clockOffsetMs, pids: p.pids, kills: p.kills, restarted: !checked,
        /** VmRSS right after a full GC, after warm-up and at the end of the load: what the check compares. */
        afterGc: checked ? {
          afterWarmUp: gcBefore, end: gcAfter, rssChangePct: pct(gcBefore?.rssKB, gcAfter?.rssKB), heapUsedChangePct: pct(gcBefore?.heapUsedKB, gcAfter?.heapUsedKB),
          /** [s since the load started, RSS, of it anonymous, V8 heap committed, V8 heap used (MiB)] along the load. */
          series: this.memorySeries[p.index].filter((m) => m.incarnation === 0)
            .map((m) => [round1(m.t / 1000), round1(m.rssKB / 1024), round1((m.anonKB ?? 0) / 1024), round1(m.heapTotalKB / 1024), round1(m.heapUsedKB / 1024)]),
        } : null,
        /** VmRSS sampled once a second (no GC forced): medians over a window after warm-up and at the end. */
        rssKB: {
          afterWarmUp: checked ? afterWarmUp : null, end: checked ? end : null, changePct: checked ? pct(afterWarmUp, end) : null,
          peak: Math.max(0, ...p.rss.flat().map((s) => s.kB)),
          lastIncarnation: median(p.rss[p.incarnation].slice(-3).map((s) => s.kB)),
        },
        checked,
        /** [s since the load started, MiB] of the incarnation followed (the first), every 2nd sample. */
        rssSeries: checked ? first.filter((_, k) => k % 2 === 0).map((x) => [round1(x.t / 1000), round1(x.kB / 1024)]) : undefined,
      };
    });
  }
}
