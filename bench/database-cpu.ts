// CPU time of the MySQL/MariaDB server process when it runs on this machine (read from /proc), so
// a profile can say how much of a request's cost is the database's. It counts every client of that
// server, so it is only meaningful while nothing else uses it.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

function serverPid(): number | null {
  if (!fs.existsSync('/proc')) return null;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (['mariadbd', 'mysqld'].includes(fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return null;
}

/** A reader of the database server's user + system CPU ms so far, or null when it is not local. */
export function databaseCpu(): (() => number) | null {
  const pid = serverPid();
  if (pid === null) return null;
  return () => {
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  };
}
