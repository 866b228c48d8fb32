// Migrations in the order they run; listed explicitly so ts and compiled js both find them.
import { InitialSchema1764090000000 } from './1764090000000-initial-schema';
import { BinaryCollation1764100000000 } from './1764100000000-binary-collation';
import { DayCounters1764200000000 } from './1764200000000-day-counters';
import { OrderStatus1764300000000 } from './1764300000000-order-status';
import { UsageEconomics1764400000000 } from './1764400000000-usage-economics';
import { ReportIndex1764500000000 } from './1764500000000-report-index';

export const migrations = [InitialSchema1764090000000, BinaryCollation1764100000000, DayCounters1764200000000, OrderStatus1764300000000, UsageEconomics1764400000000, ReportIndex1764500000000];
