// `npm run verify-ledger`: recomputes every usage counter from the ledger, and every use's charges;
// exits 1 on any drift.
import 'reflect-metadata';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { verifyLedger } from '../services/ledger.service';

async function main() {
  const db = await openDatabase(loadConfig());
  try {
    const report = await verifyLedger(db);
    process.stdout.write(`${JSON.stringify({ ...report, driftCount: report.drift.length, chargeDriftCount: report.chargeDrift.length }, null, 2)}\n`);
    process.exitCode = report.drift.length || report.chargeDrift.length ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`verify-ledger failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
