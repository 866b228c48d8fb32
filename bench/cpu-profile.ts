// Reads a V8 .cpuprofile (node --cpu-prof) and ranks functions by self time: the time samples
// spent in the function's own code, summed over every place it was called from. Shares are of
// busy time (every sample but "(idle)"); "(garbage collector)" and "(program)" are listed as such.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  function: string;
  where: string;
  selfMs: number;
  /** Share of busy (non-idle) time. */
  share: number;
}

const ROOT = path.resolve(__dirname, '..');

function where(url: string, line: number): string {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  const short = file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
  return `${short.replace(/^node_modules\//, '')}:${line + 1}`;
}

export function selfTimes(file: string): { busyMs: number; idleMs: number; top: SelfTime[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Samples taken while the profiler stops and serialises itself (under node:inspector's post)
  // are the measurement's own cost, not the server's: left out.
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const profilerOwn = new Map<number, boolean>();
  const isProfilerOwn = (id: number): boolean => {
    let own = profilerOwn.get(id);
    if (own === undefined) {
      const parent = parentOf.get(id);
      own = byId.get(id)!.callFrame.url === 'node:inspector' || (parent !== undefined && isProfilerOwn(parent));
      profilerOwn.set(id, own);
    }
    return own;
  };
  const micros = new Map<string, { fn: string; where: string; us: number }>();
  let idle = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return void (idle += us);
    if (isProfilerOwn(id)) return;
    busy += us;
    const fn = frame.functionName || '(anonymous)';
    const at = where(frame.url, frame.lineNumber);
    const key = `${fn}\u0000${at}`;
    const entry = micros.get(key) ?? { fn, where: at, us: 0 };
    entry.us += us;
    micros.set(key, entry);
  });
  const top = [...micros.values()].sort((a, b) => b.us - a.us)
    .map((e) => ({ function: e.fn, where: e.where, selfMs: Math.round(e.us / 1000), share: Number((e.us / Math.max(1, busy)).toFixed(4)) }));
  return { busyMs: Math.round(busy / 1000), idleMs: Math.round(idle / 1000), top };
}
