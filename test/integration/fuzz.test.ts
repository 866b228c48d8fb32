// Property-based fuzzing of every mutation's input: a valid input with one (or a few) fields
// corrupted must get a clear rejection — a GraphQL error BAD_USER_INPUT / NOT_FOUND, or a payload
// with userErrors — that names the field at fault, never an internal error or a 5xx, and it must
// write nothing at all (row counts of every table equal before and after).
//
// Every corruption kind runs at least once (fast-check `examples`), then random ones and random
// combinations. Failures are collected, not stopped at, so one run lists them all.
// Replay a run with FUZZ_SEED=<seed printed at the end>; FUZZ_VERBOSE=1 prints every case and its answer.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { assignMembership, createTier, defineBenefit, recordOrder, setRule } from '../support/fixtures';
import { GqlResult, rowCounts, startTestServer, TestServer } from '../support/harness';
import { GRANT, newKey, usageOp, CONSUME, HOLD, VERIFY } from '../support/usage-ops';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const RANDOM_RUNS = Number(process.env.FUZZ_RUNS ?? 8); // per mutation, on top of one example per corruption kind
const COMBINED_RUNS = Math.ceil(RANDOM_RUNS * 0.6); // per mutation: several corruptions at once

type Role = 'ops_admin' | 'service' | 'cs_agent' | 'merchant';
type Input = Record<string, unknown>;

let s: TestServer;
let total = 0;
let seq = 0;
const NOW = '2026-11-10T04:00:00.000Z';

const fx = {
  membershipToEnd: '',
  heldForCapture: '',
  heldForRelease: '',
  capturedForReverse: '',
  captured: '',
  held: '',
  expiredHold: '',
  usedKey: '',
  freshMembers: [] as string[],
  sellerFault: '',
  otherMerchantUse: '',
  appealed: '',
  openAppeal: '',
  decidedAppeal: '',
};

// Members whose figures sit at the edge of exact integers (2^53−1): u-big has booked 2^53−1 of
// FZ_BIG in October (a limit of 2^52−1 plus a grant of 2^52), u-rich holds grants of 2^52−5.
const BIG = 'FZ_BIG';
const MAX_LIMIT = 2 ** 52 - 1;
const MAX_GRANTED = 2 ** 52;

// ---- value generators ------------------------------------------------------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const INT32 = 2 ** 31;
const BAD_CHARS = [' ', '/', '#', '?', '!', 'é', '😀', '\u0000', '\n', '"', "'", ';', '%', '\\', '\u200b'];

const nonInteger = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((d) => !Number.isInteger(d));
const smallObject = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
const nonEmptyList = fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 1, maxLength: 3 });
const numericStrings = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '0x1F', '12', '-1', '', ' 3 ', '1_000', '1.5', '١٢'),
  fc.integer().map(String),
  fc.string({ maxLength: 12 }),
);
/** Anything JSON can carry that is not a string. */
const notAString = fc.oneof(fc.integer(), nonInteger, fc.boolean(), smallObject, nonEmptyList);
/** ID accepts strings and integers: everything else. */
const notAnId = fc.oneof(nonInteger, fc.boolean(), smallObject, nonEmptyList);
const notAnInt = fc.oneof(numericStrings, nonInteger, fc.boolean(), smallObject, nonEmptyList);
const int32Overflow = fc.oneof(fc.integer({ min: INT32, max: MAX_SAFE }), fc.integer({ min: -MAX_SAFE, max: -INT32 - 1 }));
const notASafeInt = fc.oneof(numericStrings, nonInteger, fc.boolean(), smallObject, fc.constantFrom(2 ** 53, -(2 ** 53), 1e20, 1e308, -1e308, 2 ** 64));
const notABoolean = fc.oneof(fc.constantFrom('true', 'false', 'yes', '1', '', 'TRUE'), fc.integer(), smallObject, nonEmptyList);
const notADateTime = fc.oneof(
  fc.constantFrom(
    '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-11-25', '2026-11-25 04:00:00', '25/11/2026', 'tomorrow', '',
    '2026-11-25T24:00:00Z', '2026-11-25T04:00:00', '+275760-09-13T00:00:00Z', '2026-11-25T04:00:00+25:00', 'NaN', '0',
  ),
  fc.string({ maxLength: 30 }).filter((x) => !/^\d{4}-\d\d-\d\dT/.test(x)),
  fc.integer(), // a Unix timestamp is not an RFC 3339 string
  fc.boolean(),
  smallObject,
);
const iso = (d: Date) => d.toISOString();
/** Dates in [min, max], as RFC 3339 strings (years 0001–9999). */
const dateIn = (min: string, max: string) => fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map(iso);
const badEnum = (values: string[]) =>
  fc.oneof(
    fc.string({ maxLength: 20 }).filter((x) => !values.includes(x)),
    fc.constantFrom(...values.map((v) => v.toLowerCase()), ...values.map((v) => ` ${v}`), 'UNKNOWN', 'NULL'),
    fc.integer({ min: 0, max: 10 }),
    fc.boolean(),
    smallObject,
  );
const huge = fc.oneof(
  fc.string({ minLength: 10_000, maxLength: 10_100 }),
  fc.string({ unit: 'grapheme', minLength: 10_000, maxLength: 10_050 }),
  fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_050 }),
);
const longerThan = (max: number) => fc.oneof(fc.string({ minLength: max + 1, maxLength: max + 40 }), huge);
const shorterThan = (min: number) => fc.string({ maxLength: min - 1 });
const withBadChar = (core: fc.Arbitrary<string>) =>
  fc.tuple(core, fc.constantFrom(...BAD_CHARS), core).map(([a, c, b]) => `${a}${c}${b}`);
/** Not UPPER_SNAKE_CASE starting with a letter, but of an acceptable length. */
const badCode = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_]{1,30}$/),
  fc.stringMatching(/^[0-9_][A-Z0-9_]{1,30}$/),
  withBadChar(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}$/)),
);
/** Not letters, digits, _ . : - starting with a letter or digit. */
const badExternalId = fc.oneof(fc.stringMatching(/^[-_.:][A-Za-z0-9]{0,20}$/), withBadChar(fc.stringMatching(/^[A-Za-z0-9]{1,10}$/)));
const badKey = fc.oneof(withBadChar(fc.stringMatching(/^[A-Za-z0-9]{4,20}$/)), fc.string({ unit: 'grapheme', minLength: 8, maxLength: 20 }).filter((k) => !/^[A-Za-z0-9_.:-]+$/.test(k)));
const badCurrency = fc.oneof(
  fc.constantFrom('cny', 'Cny', 'CN', 'CNYY', '156', '¥', 'RMB ', ' CNY', 'CNY\n', 'C-Y', 'ＣＮＹ', 'us$', 'EURO'),
  fc.stringMatching(/^[a-z]{3}$/),
  fc.stringMatching(/^[A-Z]{1,2}$/),
  fc.stringMatching(/^[A-Z]{4,8}$/),
  fc.stringMatching(/^[0-9]{3}$/),
);
/** A well-formed code that names nothing. */
const unknownCode = fc.stringMatching(/^ZZ_[A-Z0-9_]{1,40}$/);
/** Any text of an acceptable length that is no known code. */
const unknownText = (known: string[]) => fc.string({ unit: 'grapheme', minLength: 2, maxLength: 30 }).filter((x) => x.length >= 2 && x.length <= 64 && !known.includes(x));
const fullWidth = (x: string) => x.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ACCENTED: Record<string, string> = { A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };
const accented = (x: string) => x.replace(/[AEIOUaeiou]/, (c) => ACCENTED[c]);
const swapCase = (x: string) => x.replace(/[A-Za-z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));

// ---- corruption kinds ------------------------------------------------------------------------

interface Kind {
  label: string;
  /** Fields of the input this kind changes; combined kinds never share one. */
  touches: string[];
  /** Paths of which at least one must be named by the rejection (a function of the value when the
   * field is generated); null: a business refusal with no single field at fault. */
  blame: string[] | null | ((value: unknown) => string[]);
  arb: fc.Arbitrary<unknown>;
  apply(input: Input, value: unknown): unknown;
}

function setPath(input: Input, path: string, value: unknown): Input {
  const [head, ...rest] = path.split('.');
  const out = { ...input };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
  } else {
    out[head] = setPath((input[head] as Input) ?? {}, rest.join('.'), value);
  }
  return out;
}

const field = (path: string, label: string, arb: fc.Arbitrary<unknown>, blame: string[] = [`input.${path}`]): Kind => ({
  label: `${path}: ${label}`, touches: [path.split('.')[0]], blame, arb, apply: (input, v) => setPath(input, path, v),
});
const missing = (path: string): Kind => ({
  label: `${path}: missing`, touches: [path.split('.')[0]], blame: [`input.${path}`], arb: fc.constant(undefined), apply: (input) => setPath(input, path, undefined),
});
const patch = (label: string, blame: string[] | null, arb: fc.Arbitrary<Input>): Kind => ({
  label, blame, arb, touches: [], apply: (input, v) => ({ ...input, ...(v as Input) }),
});
// `touches` of a patch is the keys it sets; filled in by withTouches
const withTouches = (k: Kind, touches: string[]): Kind => ({ ...k, touches });

/** Required String with Length(min, max) (and maybe a pattern). */
function requiredString(path: string, min: number, max: number, extra: Kind[] = []): Kind[] {
  return [
    field(path, 'wrong type', notAString),
    field(path, 'null', fc.constant(null)),
    missing(path),
    ...(min > 0 ? [field(path, `shorter than ${min}`, shorterThan(min))] : []),
    field(path, `longer than ${max}`, longerThan(max)),
    ...extra,
  ];
}
/** Optional String with Length(min, max): null is fine, the rest is not. */
function optionalString(path: string, min: number, max: number, extra: Kind[] = []): Kind[] {
  return [
    field(path, 'wrong type', notAString),
    ...(min > 0 ? [field(path, `shorter than ${min}`, shorterThan(min))] : []),
    field(path, `longer than ${max}`, longerThan(max)),
    ...extra,
  ];
}
function requiredId(path: string, max: number, extra: Kind[] = []): Kind[] {
  return [
    field(path, 'wrong type', notAnId),
    field(path, 'null', fc.constant(null)),
    missing(path),
    field(path, 'empty', fc.constant('')),
    field(path, `longer than ${max}`, longerThan(max)),
    ...extra,
  ];
}
/**
 * Variants of an existing code or id that are not that code: other letter case, a trailing or
 * leading space, full-width or accented look-alikes. One kind each, so every run tries them all.
 */
function nearMisses(path: string, existing: string): Kind[] {
  const variants: Array<[string, string[]]> = [
    ['other letter case', [existing.toLowerCase(), existing.toUpperCase(), swapCase(existing)]],
    ['trailing space', [`${existing} `]],
    ['leading space', [` ${existing}`]],
    ['full-width look-alike', [fullWidth(existing)]],
    ['accented look-alike', [accented(existing)]],
  ];
  return variants
    .map(([label, values]) => [label, [...new Set(values)].filter((v) => v !== existing)] as const)
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => field(path, `near miss of ${existing} (${label})`, fc.constantFrom(...values)));
}
const codeRef = (path: string, known: string[], existing: string) => [
  field(path, 'unknown code', unknownCode),
  field(path, 'unknown text', unknownText(known)),
  ...nearMisses(path, existing),
];
/** Well-formed instants outside the accepted 1970-01-01T00:00:00.000Z … 9989-12-31T23:59:59.999Z. */
const outOfRange = fc.oneof(
  dateIn('0001-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z'),
  dateIn('9990-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'),
  fc.constantFrom(
    '1969-12-31T23:59:59.999Z', '9990-01-01T00:00:00.000Z', '0050-06-01T00:00:00Z', '0099-12-31T23:59:59Z',
    '1970-01-01T08:00:00+08:01', '9989-12-31T23:59:59.999-00:01', '9999-12-31T23:59:59.999Z',
  ),
);
const dateTime = (path: string, required: boolean): Kind[] => [
  field(path, 'not an RFC 3339 date-time', notADateTime),
  field(path, 'outside 1970-01-01 … 9989-12-31', outOfRange),
  ...(required ? [field(path, 'null', fc.constant(null)), missing(path)] : []),
];
function structural(fields: string[]): Kind[] {
  return [
    {
      label: 'unknown extra field', touches: [], blame: (v) => [`input.${(v as [string])[0]}`],
      arb: fc.tuple(fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,20}$/).filter((k) => !fields.includes(k)), fc.jsonValue({ maxDepth: 1 })),
      apply: (input, v) => ({ ...input, [(v as [string, unknown])[0]]: (v as [string, unknown])[1] }),
    },
    {
      label: 'whole input not an object', touches: ['*'], blame: ['$input'],
      arb: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), nonEmptyList),
      apply: (_input, v) => v,
    },
    {
      label: 'whole input empty', touches: ['*'], blame: fields.map((f) => `input.${f}`).concat('$input'),
      arb: fc.constantFrom({}, []),
      apply: (_input, v) => v,
    },
  ];
}

interface MutationSpec {
  name: string;
  inputType: string;
  result: string;
  role: Role;
  fields: string[];
  base(): Input;
  kinds(): Kind[];
}

const TIERS = ['REGULAR', 'GOLD', 'OLD', 'FZ', 'FZ_ARCH', BIG];
const BENEFITS = ['FREE_RETURN_SHIPPING', 'COMPENSATION_BUDGET', 'DEDICATED_CHANNEL', 'FZ_COUNT', BIG];
/** A JSON object nested `n` levels deep. */
const nested = (n: number) => {
  let v: Input = { leaf: true };
  for (let i = 1; i < n; i++) v = { a: v };
  return v;
};
const BENEFIT_KINDS = ['ACCESS', 'AMOUNT', 'COUNT'];
const FUNDED_BY = ['MERCHANT', 'PLATFORM'];
const PERIODS = ['CALENDAR_MONTH', 'CALENDAR_QUARTER', 'CALENDAR_YEAR', 'LIFETIME', 'MEMBERSHIP_YEAR', 'ROLLING_DAYS'];
const TIER_BASES = ['BEST_OF', 'CURRENT', 'ORDER_TIME'];
const SOURCES = ['MANUAL', 'PROMOTION', 'PURCHASE', 'QUALIFIED'];
const CAUSES = ['CUSTOMER_PREFERENCE', 'LOGISTICS', 'QUALITY_ISSUE', 'SELLER_FAULT', 'STATUTORY'];
const FUNDERS = ['MERCHANT', 'PLATFORM', 'SPLIT'];
const DECISIONS = ['REJECTED', 'UPHELD'];
const past = dateIn('0001-01-01T00:00:00.000Z', '2026-11-10T03:59:59.999Z');

const idempotencyKinds = (): Kind[] => [
  field('idempotencyKey', 'wrong type', notAString),
  field('idempotencyKey', 'null', fc.constant(null)),
  missing('idempotencyKey'),
  field('idempotencyKey', 'shorter than 8', fc.stringMatching(/^[A-Za-z0-9_.:-]{0,7}$/)),
  field('idempotencyKey', 'longer than 128', longerThan(128)),
  field('idempotencyKey', 'bad characters', badKey),
  field('idempotencyKey', 'already used for another request', fc.constant(fx.usedKey)),
];

const useKinds = (hold: boolean): Kind[] => [
  ...requiredId('userId', 64),
  withTouches(patch('userId: not the order owner', ['input.orderId', 'input.userId'], fc.oneof(fc.constant('u-other'), fc.stringMatching(/^u-zz-[a-z0-9]{1,10}$/)).map((userId) => ({ userId }))), ['userId']),
  withTouches(patch('userId: a user without the benefit (no order)', null, fc.stringMatching(/^u-zz-[a-z0-9]{1,10}$/).map((userId) => ({ userId, orderId: undefined }))), ['userId', 'orderId']),
  ...requiredString('benefitCode', 2, 64, codeRef('benefitCode', BENEFITS, 'FREE_RETURN_SHIPPING')),
  field('orderId', 'wrong type', notAnId),
  field('orderId', 'empty', fc.constant('')),
  field('orderId', 'longer than 64', longerThan(64)),
  field('orderId', 'unknown order', fc.stringMatching(/^o-zz-[a-z0-9]{1,20}$/)),
  field('orderId', "another user's order", fc.constant('o-other')),
  ...nearMisses('orderId', 'o-own'),
  field('amount', 'not a safe integer', notASafeInt),
  field('amount', 'zero or negative', fc.integer({ min: -MAX_SAFE, max: 0 })),
  field('amount', 'beyond the quota', fc.integer({ min: 1_000_000, max: MAX_SAFE })),
  withTouches(patch("amount: would push the member's counters past 2^53−1", ['input.amount'], fc.integer({ min: 1, max: MAX_LIMIT }).map((amount) => ({ userId: 'u-big', benefitCode: BIG, orderId: undefined, amount }))), ['userId', 'benefitCode', 'orderId', 'amount']),
  withTouches(patch('amount: beyond the quota of a member with no use yet', ['input.amount'], fc.tuple(fc.constantFrom(...fx.freshMembers), fc.integer({ min: 1_000_000, max: MAX_SAFE })).map(([userId, amount]) => ({ userId, orderId: undefined, amount }))), ['userId', 'orderId', 'amount']),
  ...(hold ? [] : [withTouches(patch('amount: missing for a money budget', ['input.amount'], fc.constant({ benefitCode: 'COMPENSATION_BUDGET', amount: undefined })), ['benefitCode', 'amount'])]),
  ...idempotencyKinds(),
  ...optionalString('reason', 0, 500),
  field('cause', 'unknown enum value', badEnum(CAUSES)),
  withTouches(patch('cause: SELLER_FAULT without an order', ['input.orderId'], fc.constant({ cause: 'SELLER_FAULT', orderId: undefined })), ['cause', 'orderId']),
  ...(hold
    ? [
        field('expiresInSeconds', 'not an Int', notAnInt),
        field('expiresInSeconds', 'beyond 32 bits', int32Overflow),
        field('expiresInSeconds', 'under a minute', fc.integer({ min: -INT32, max: 59 })),
        field('expiresInSeconds', 'over 90 days', fc.integer({ min: 90 * 24 * 3600 + 1, max: INT32 - 1 })),
      ]
    : [field('expiresInSeconds', 'hold-only field', fc.integer({ min: 60, max: 3600 }))]),
];

const actionKinds = (wrongState: () => string, extra: () => Kind[] = () => []): Kind[] => [
  ...requiredId('usageId', 64, [
    field('usageId', 'unknown use', fc.uuid()),
    ...nearMisses('usageId', fx.heldForCapture),
    field('usageId', 'a prefix of a real id', fc.integer({ min: 1, max: 35 }).map((n) => fx.heldForCapture.slice(0, n))),
    field('usageId', 'a use in the wrong state', fc.constant(wrongState())),
    ...extra(),
  ]),
  ...idempotencyKinds(),
  ...optionalString('reason', 0, 500),
];

const USAGE_RESULT = 'usage { id state } entitlement { remaining }';

const SPECS: MutationSpec[] = [
  {
    name: 'createTier', inputType: 'CreateTierInput', result: 'tier { id }', role: 'ops_admin',
    fields: ['code', 'name', 'rank', 'description', 'isDefault'],
    base: () => ({ code: `FZT_${++seq}`, name: 'Fuzz tier', rank: 100_000 + seq, description: 'made by the fuzzer', isDefault: false }),
    kinds: () => [
      ...requiredString('code', 2, 64, [field('code', 'not UPPER_SNAKE_CASE', badCode), field('code', 'taken', fc.constantFrom(...TIERS))]),
      ...requiredString('name', 1, 120),
      field('rank', 'not an Int', notAnInt),
      field('rank', 'beyond 32 bits', int32Overflow),
      field('rank', 'null', fc.constant(null)),
      missing('rank'),
      field('rank', 'negative', fc.integer({ min: -INT32, max: -1 })),
      field('rank', 'over 1,000,000', fc.integer({ min: 1_000_001, max: INT32 - 1 })),
      field('rank', 'taken', fc.constantFrom(0, 5, 20, 30, 40)),
      ...optionalString('description', 0, 1000),
      field('isDefault', 'not a Boolean', notABoolean),
    ],
  },
  {
    name: 'updateTier', inputType: 'UpdateTierInput', result: 'tier { id }', role: 'ops_admin',
    fields: ['code', 'name', 'rank', 'description', 'isDefault'],
    base: () => ({ code: 'FZ', name: 'Fuzz tier renamed', description: 'updated by the fuzzer' }),
    kinds: () => [
      ...requiredString('code', 2, 64, codeRef('code', TIERS, 'FZ')),
      ...optionalString('name', 1, 120),
      field('rank', 'not an Int', notAnInt),
      field('rank', 'beyond 32 bits', int32Overflow),
      field('rank', 'negative', fc.integer({ min: -INT32, max: -1 })),
      field('rank', 'over 1,000,000', fc.integer({ min: 1_000_001, max: INT32 - 1 })),
      field('rank', "another tier's", fc.constantFrom(0, 5, 20, 40)),
      ...optionalString('description', 0, 1000),
      field('isDefault', 'not a Boolean', notABoolean),
      withTouches(patch('isDefault: on an archived tier', ['input.isDefault'], fc.constant({ code: 'OLD', isDefault: true })), ['code', 'isDefault']),
    ],
  },
  {
    name: 'archiveTier', inputType: 'ArchiveTierInput', result: 'tier { id }', role: 'ops_admin',
    fields: ['code'],
    base: () => ({ code: 'FZ_ARCH' }),
    kinds: () => [
      ...requiredString('code', 2, 64, [
        ...codeRef('code', TIERS, 'FZ_ARCH'),
        field('code', 'already archived', fc.constant('OLD')),
        field('code', 'the default tier', fc.constant('REGULAR')),
      ]),
    ],
  },
  {
    name: 'archiveBenefit', inputType: 'ArchiveBenefitInput', result: 'benefit { id }', role: 'ops_admin',
    fields: ['code'],
    base: () => ({ code: 'FZ_COUNT' }),
    kinds: () => [...requiredString('code', 2, 64, codeRef('code', BENEFITS, 'FZ_COUNT'))],
  },
  {
    name: 'defineBenefit', inputType: 'DefineBenefitInput', result: 'benefit { id }', role: 'ops_admin',
    fields: ['code', 'name', 'kind', 'unit', 'fundedBy', 'description'],
    base: () => ({ code: `FZB_${++seq}`, name: 'Fuzz benefit', kind: 'COUNT', unit: 'use', fundedBy: 'PLATFORM', description: 'made by the fuzzer' }),
    kinds: () => [
      ...requiredString('code', 2, 64, [field('code', 'not UPPER_SNAKE_CASE', badCode), field('code', 'taken', fc.constantFrom(...BENEFITS))]),
      ...requiredString('name', 1, 120),
      field('kind', 'unknown enum value', badEnum(BENEFIT_KINDS)),
      field('kind', 'null', fc.constant(null)),
      missing('kind'),
      ...optionalString('unit', 1, 32),
      withTouches(patch('unit: AMOUNT budget without an ISO 4217 currency', ['input.unit'], fc.oneof(badCurrency, fc.constant(undefined)).map((unit) => ({ kind: 'AMOUNT', unit }))), ['kind', 'unit']),
      field('fundedBy', 'unknown enum value', badEnum(FUNDED_BY)),
      field('fundedBy', 'null', fc.constant(null)),
      missing('fundedBy'),
      ...optionalString('description', 0, 1000),
    ],
  },
  {
    name: 'updateBenefit', inputType: 'UpdateBenefitInput', result: 'benefit { id }', role: 'ops_admin',
    fields: ['code', 'name', 'unit', 'fundedBy', 'description'],
    base: () => ({ code: 'FZ_COUNT', name: 'Fuzz count renamed', fundedBy: 'MERCHANT', description: 'updated by the fuzzer' }),
    kinds: () => [
      ...requiredString('code', 2, 64, codeRef('code', BENEFITS, 'FZ_COUNT')),
      ...optionalString('name', 1, 120),
      ...optionalString('unit', 1, 32),
      withTouches(patch('unit: currency change of a money budget', ['input.unit'], fc.oneof(badCurrency.filter((c) => c.length >= 1 && c.length <= 32), fc.constantFrom('USD', 'EUR', 'JPY')).map((unit) => ({ code: 'COMPENSATION_BUDGET', unit }))), ['code', 'unit']),
      field('fundedBy', 'unknown enum value', badEnum(FUNDED_BY)),
      ...optionalString('description', 0, 1000),
    ],
  },
  {
    name: 'setTierBenefit', inputType: 'SetTierBenefitInput', result: 'rule { id }', role: 'ops_admin',
    fields: ['tierCode', 'benefitCode', 'limit', 'period', 'periodDays', 'perOrderLimit', 'tierBasis', 'conditions', 'config', 'effectiveFrom', 'effectiveTo', 'funding', 'quotaCauses', 'appealWindowDays'],
    base: () => ({
      tierCode: 'FZ', benefitCode: 'FREE_RETURN_SHIPPING', limit: 3, period: 'CALENDAR_MONTH', perOrderLimit: 1, tierBasis: 'BEST_OF',
      funding: { funder: 'SPLIT', merchantShareBp: 2500, unitCost: 1200, costCurrency: 'CNY' }, quotaCauses: ['CUSTOMER_PREFERENCE', 'STATUTORY'], appealWindowDays: 14,
      conditions: { minOrderAmount: 1000, categoriesInclude: ['APPAREL'], categoriesExclude: ['FOOD'], merchantsExclude: ['m-bad'], claimWindowDays: 30 },
      effectiveFrom: '2027-01-01T00:00:00.000Z', effectiveTo: '2027-07-01T00:00:00.000Z',
    }),
    kinds: () => [
      ...requiredString('tierCode', 2, 64, [...codeRef('tierCode', TIERS, 'FZ'), field('tierCode', 'archived tier', fc.constant('OLD'))]),
      ...requiredString('benefitCode', 2, 64, codeRef('benefitCode', BENEFITS, 'FREE_RETURN_SHIPPING')),
      field('limit', 'not a safe integer', notASafeInt),
      field('limit', 'negative', fc.integer({ min: -MAX_SAFE, max: -1 })),
      field('limit', 'over 2^52−1 (limit plus grants would pass 2^53−1)', fc.integer({ min: MAX_LIMIT + 1, max: MAX_SAFE })),
      field('limit', 'null for a COUNT benefit', fc.constant(null)),
      missing('limit'),
      withTouches(patch('limit: on an ACCESS benefit', ['input.limit'], fc.integer({ min: 0, max: MAX_SAFE }).map((limit) => ({ benefitCode: 'DEDICATED_CHANNEL', limit }))), ['benefitCode', 'limit']),
      field('period', 'unknown enum value', badEnum(PERIODS)),
      field('period', 'null for a COUNT benefit', fc.constant(null)),
      missing('period'),
      withTouches(patch('period: ROLLING_DAYS without periodDays', ['input.periodDays', 'input.period'], fc.constant({ period: 'ROLLING_DAYS' })), ['period', 'periodDays']),
      field('periodDays', 'given for a calendar period', fc.integer({ min: 1, max: 3650 })),
      field('periodDays', 'zero or negative', fc.integer({ min: -INT32, max: 0 })),
      field('periodDays', 'over 3650', fc.integer({ min: 3651, max: INT32 - 1 })),
      field('periodDays', 'not an Int', notAnInt),
      field('periodDays', 'beyond 32 bits', int32Overflow),
      field('perOrderLimit', 'not a safe integer', notASafeInt),
      field('perOrderLimit', 'zero or negative', fc.integer({ min: -MAX_SAFE, max: 0 })),
      field('tierBasis', 'unknown enum value', badEnum(TIER_BASES)),
      field('funding', 'not an object', fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean())),
      field('funding.funder', 'unknown enum value', badEnum(FUNDERS)),
      field('funding.funder', 'null', fc.constant(null)),
      missing('funding.funder'),
      field('funding.merchantShareBp', 'not an Int', notAnInt),
      field('funding.merchantShareBp', 'outside 1-9999', fc.oneof(fc.integer({ min: -INT32, max: 0 }), fc.integer({ min: 10_000, max: INT32 - 1 }))),
      withTouches(patch('funding: SPLIT without merchantShareBp', ['input.funding.merchantShareBp'], fc.constant({ funding: { funder: 'SPLIT', unitCost: 1200 } })), ['funding']),
      withTouches(patch('funding: PLATFORM with a merchantShareBp', ['input.funding.merchantShareBp'], fc.integer({ min: 1, max: 9999 }).map((bp) => ({ funding: { funder: 'PLATFORM', merchantShareBp: bp } }))), ['funding']),
      withTouches(patch('funding: a unit cost for a money budget', ['input.funding.unitCost'], fc.constant({ benefitCode: 'COMPENSATION_BUDGET', limit: 1000, perOrderLimit: undefined, funding: { funder: 'PLATFORM', unitCost: 100 } })), ['benefitCode', 'limit', 'perOrderLimit', 'funding']),
      field('funding.unitCost', 'not a safe integer', notASafeInt),
      field('funding.unitCost', 'negative', fc.integer({ min: -MAX_SAFE, max: -1 })),
      field('funding.costCurrency', 'not an ISO 4217 code', fc.oneof(fc.constantFrom('cny', 'CN', 'CNYX', '', ' CNY', '元'), fc.string({ maxLength: 8 }).filter((x) => !/^[A-Z]{3}$/.test(x)))),
      field('quotaCauses', 'not a list of causes', fc.oneof(fc.integer(), fc.boolean(), smallObject)),
      field('quotaCauses', 'an empty list', fc.constant([])),
      field('quotaCauses', 'an unknown cause', badEnum(CAUSES).map((c) => ['CUSTOMER_PREFERENCE', c])),
      field('appealWindowDays', 'not an Int', notAnInt),
      field('appealWindowDays', 'outside 0-365', fc.oneof(fc.integer({ min: -INT32, max: -1 }), fc.integer({ min: 366, max: INT32 - 1 }))),
      field('conditions', 'not an object', fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), nonEmptyList)),
      field('conditions', 'an empty list', fc.constant([])),
      field('conditions.minOrderAmount', 'not a safe integer', notASafeInt),
      field('conditions.minOrderAmount', 'negative', fc.integer({ min: -MAX_SAFE, max: -1 })),
      field('conditions.categoriesInclude', 'an empty or over-long category', fc.tuple(fc.array(fc.stringMatching(/^[A-Z]{1,10}$/), { maxLength: 3 }), fc.oneof(fc.constant(''), longerThan(64))).map(([ok, bad]) => [...ok, bad])),
      field('conditions.categoriesInclude', 'more than 200', fc.integer({ min: 201, max: 260 }).map((n) => Array.from({ length: n }, (_, i) => `C${i}`))),
      field('conditions.categoriesInclude', 'not strings', fc.array(fc.oneof(fc.integer(), fc.boolean(), smallObject, fc.constant(null)), { minLength: 1, maxLength: 3 })),
      field('conditions.categoriesExclude', 'an empty or over-long category', fc.oneof(fc.constant(''), longerThan(64)).map((bad) => [bad])),
      field('conditions.categoriesExclude', 'not a list of strings', fc.oneof(smallObject, fc.integer(), fc.constant([null]))),
      field('conditions.merchantsExclude', 'over 32 KB as JSON', fc.integer({ min: 520, max: 1000 }).map((n) => Array.from({ length: n }, (_, i) => `m-${i}-${'x'.repeat(60)}`.slice(0, 64))), ['input.conditions', 'input.conditions.merchantsExclude']),
      field('conditions.merchantsExclude', 'more than 1000', fc.integer({ min: 1001, max: 1100 }).map((n) => Array.from({ length: n }, (_, i) => `m-${i}`))),
      field('conditions.merchantsExclude', 'an empty or over-long merchant', fc.oneof(fc.constant(''), longerThan(64)).map((bad) => ['m-ok', bad])),
      field('conditions.claimWindowDays', 'negative', fc.integer({ min: -INT32, max: -1 })),
      field('conditions.claimWindowDays', 'over 3650', fc.integer({ min: 3651, max: INT32 - 1 })),
      field('conditions.claimWindowDays', 'not an Int', notAnInt),
      field('conditions.claimWindowDays', 'beyond 32 bits', int32Overflow),
      {
        label: 'conditions: unknown field', touches: ['conditions'], blame: (v) => [`input.conditions.${(v as [string])[0]}`],
        arb: fc.tuple(fc.stringMatching(/^[a-z][A-Za-z]{0,15}$/).filter((k) => !['minOrderAmount', 'categoriesInclude', 'categoriesExclude', 'merchantsExclude', 'claimWindowDays'].includes(k)), fc.jsonValue({ maxDepth: 1 })),
        apply: (input, v) => { const [k, val] = v as [string, unknown]; return { ...input, conditions: { ...(input.conditions as Input), [k]: val } }; },
      },
      field('config', 'nested deeper than 32', fc.oneof(fc.integer({ min: 33, max: 40 }), fc.integer({ min: 41, max: 3000 })).map(nested)),
      field('config', 'over 16 KB as JSON', fc.oneof(
        fc.string({ minLength: 16_400, maxLength: 17_000 }).map((note) => ({ note })),
        fc.integer({ min: 4_100, max: 4_500 }).map((n) => ({ note: '😀'.repeat(n) })), // 4 bytes each in UTF-8
        fc.integer({ min: 2_000, max: 3_000 }).map((n) => ({ list: Array.from({ length: n }, (_, i) => ({ i })) })),
        fc.constant({ big: 'x'.repeat(900_000) }),
      )),
      field('config', 'not an object', fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }))),
      ...dateTime('effectiveFrom', false),
      field('effectiveFrom', 'in the past', past),
      ...dateTime('effectiveTo', false),
      field('effectiveTo', 'not after effectiveFrom', dateIn('0001-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')),
    ],
  },
  {
    name: 'endTierBenefit', inputType: 'EndTierBenefitInput', result: 'rule { id }', role: 'ops_admin',
    fields: ['tierCode', 'benefitCode', 'effectiveTo'],
    base: () => ({ tierCode: 'FZ', benefitCode: 'DEDICATED_CHANNEL', effectiveTo: '2027-03-01T00:00:00.000Z' }),
    kinds: () => [
      ...requiredString('tierCode', 2, 64, codeRef('tierCode', TIERS, 'FZ')),
      ...requiredString('benefitCode', 2, 64, codeRef('benefitCode', BENEFITS, 'DEDICATED_CHANNEL')),
      withTouches(patch('benefitCode: not granted by the tier', ['input.benefitCode', 'input.tierCode'], fc.constantFrom({ tierCode: 'REGULAR', benefitCode: 'FREE_RETURN_SHIPPING' }, { tierCode: 'FZ', benefitCode: 'COMPENSATION_BUDGET' })), ['tierCode', 'benefitCode']),
      ...dateTime('effectiveTo', false),
      field('effectiveTo', 'in the past', past),
    ],
  },
  {
    name: 'assignMembership', inputType: 'AssignMembershipInput', result: 'membership { id }', role: 'ops_admin',
    fields: ['userId', 'tierCode', 'startsAt', 'endsAt', 'source'],
    base: () => ({ userId: 'u-fz', tierCode: 'GOLD', startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2027-12-01T00:00:00.000Z', source: 'PROMOTION' }),
    kinds: () => [
      ...requiredId('userId', 64, [field('userId', 'bad characters', badExternalId)]),
      ...requiredString('tierCode', 2, 64, [...codeRef('tierCode', TIERS, 'GOLD'), field('tierCode', 'archived tier', fc.constant('OLD'))]),
      ...dateTime('startsAt', false),
      field('startsAt', 'not before endsAt', dateIn('2027-12-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'), ['input.startsAt', 'input.endsAt']),
      ...dateTime('endsAt', false),
      field('endsAt', 'not after startsAt', dateIn('0001-01-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')),
      field('source', 'unknown enum value', badEnum(SOURCES)),
      field('source', 'null', fc.constant(null)),
      missing('source'),
    ],
  },
  {
    name: 'endMembership', inputType: 'EndMembershipInput', result: 'membership { id }', role: 'ops_admin',
    fields: ['membershipId', 'endsAt'],
    base: () => ({ membershipId: fx.membershipToEnd, endsAt: '2026-12-15T00:00:00.000Z' }),
    kinds: () => [
      ...requiredId('membershipId', 64, [
        field('membershipId', 'unknown membership', fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/)).filter((x) => x !== fx.membershipToEnd)),
        ...nearMisses('membershipId', fx.membershipToEnd),
      ]),
      ...dateTime('endsAt', false),
      field('endsAt', 'before the membership starts', dateIn('0001-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z')),
      field('endsAt', 'not before its current end (extending)', dateIn('2027-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z')),
    ],
  },
  {
    name: 'recordOrder', inputType: 'RecordOrderInput', result: 'order { id }', role: 'service',
    fields: ['id', 'userId', 'merchantId', 'category', 'amount', 'currency', 'placedAt', 'deliveredAt', 'status'],
    base: () => ({
      id: `o-fz-${++seq}`, userId: 'u-own', merchantId: 'm-1', category: 'APPAREL', amount: 5000, currency: 'CNY',
      placedAt: '2026-11-01T00:00:00.000Z', deliveredAt: '2026-11-03T00:00:00.000Z', status: 'DELIVERED',
    }),
    kinds: () => [
      ...requiredId('id', 64, [field('id', 'bad characters', badExternalId)]),
      withTouches(patch('userId: another owner for a recorded order', ['input.userId', 'input.id'], fc.constant({ id: 'o-own', userId: 'u-other' })), ['id', 'userId']),
      ...requiredId('userId', 64, [field('userId', 'bad characters', badExternalId)]),
      ...requiredString('merchantId', 1, 64, [field('merchantId', 'bad characters', badExternalId)]),
      ...requiredString('category', 1, 64),
      field('amount', 'not a safe integer', notASafeInt),
      field('amount', 'negative', fc.integer({ min: -MAX_SAFE, max: -1 })),
      field('amount', 'null', fc.constant(null)),
      missing('amount'),
      ...requiredString('currency', 3, 3, [field('currency', 'not an ISO 4217 code', badCurrency)]),
      ...dateTime('placedAt', true),
      ...dateTime('deliveredAt', false),
      field('deliveredAt', 'before placedAt', dateIn('0001-01-01T00:00:00.000Z', '2026-10-31T23:59:59.999Z')),
      ...requiredString('status', 1, 32),
    ],
  },
  {
    name: 'holdEntitlement', inputType: 'HoldEntitlementInput', result: USAGE_RESULT, role: 'cs_agent',
    fields: ['userId', 'benefitCode', 'orderId', 'amount', 'idempotencyKey', 'reason', 'expiresInSeconds', 'cause'],
    base: () => ({ userId: 'u-own', benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-own', amount: 1, idempotencyKey: newKey('fz-hold'), reason: 'fuzz', expiresInSeconds: 3600, cause: 'CUSTOMER_PREFERENCE' }),
    kinds: () => useKinds(true),
  },
  {
    name: 'consumeEntitlement', inputType: 'ConsumeEntitlementInput', result: USAGE_RESULT, role: 'cs_agent',
    fields: ['userId', 'benefitCode', 'orderId', 'amount', 'idempotencyKey', 'reason', 'cause'],
    base: () => ({ userId: 'u-own', benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-own', amount: 1, idempotencyKey: newKey('fz-consume'), reason: 'fuzz', cause: 'CUSTOMER_PREFERENCE' }),
    kinds: () => useKinds(false),
  },
  {
    name: 'captureUsage', inputType: 'UsageActionInput', result: USAGE_RESULT, role: 'cs_agent',
    fields: ['usageId', 'idempotencyKey', 'reason'],
    base: () => ({ usageId: fx.heldForCapture, idempotencyKey: newKey('fz-capture'), reason: 'fuzz' }),
    kinds: () => actionKinds(() => fx.captured, () => [field('usageId', 'an expired hold', fc.constant(fx.expiredHold))]),
  },
  {
    name: 'releaseUsage', inputType: 'UsageActionInput', result: USAGE_RESULT, role: 'cs_agent',
    fields: ['usageId', 'idempotencyKey', 'reason'],
    base: () => ({ usageId: fx.heldForRelease, idempotencyKey: newKey('fz-release'), reason: 'fuzz' }),
    kinds: () => actionKinds(() => fx.captured),
  },
  {
    name: 'reverseUsage', inputType: 'UsageActionInput', result: USAGE_RESULT, role: 'cs_agent',
    fields: ['usageId', 'idempotencyKey', 'reason'],
    base: () => ({ usageId: fx.capturedForReverse, idempotencyKey: newKey('fz-reverse'), reason: 'fuzz' }),
    kinds: () => actionKinds(() => fx.held),
  },
  {
    name: 'grantQuota', inputType: 'GrantQuotaInput', result: 'grant { id } entitlement { remaining }', role: 'cs_agent',
    fields: ['userId', 'benefitCode', 'amount', 'reason', 'expiresAt', 'idempotencyKey'],
    base: () => ({ userId: 'u-own', benefitCode: 'FREE_RETURN_SHIPPING', amount: 2, reason: 'goodwill (fuzz)', expiresAt: '2026-11-30T16:00:00.000Z', idempotencyKey: newKey('fz-grant') }),
    kinds: () => [
      ...requiredId('userId', 64),
      ...requiredString('benefitCode', 2, 64, [...codeRef('benefitCode', BENEFITS, 'FREE_RETURN_SHIPPING'), field('benefitCode', 'an on/off (ACCESS) benefit', fc.constant('DEDICATED_CHANNEL'))]),
      field('amount', 'not a safe integer', notASafeInt),
      field('amount', 'zero or negative', fc.integer({ min: -MAX_SAFE, max: 0 })),
      field('amount', 'over 2^52 in one grant', fc.integer({ min: MAX_GRANTED + 1, max: MAX_SAFE })),
      withTouches(patch("amount: would push the user's grants past 2^52", ['input.amount'], fc.integer({ min: 6, max: MAX_SAFE }).map((amount) => ({ userId: 'u-rich', amount }))), ['userId', 'amount']),
      field('amount', 'null', fc.constant(null)),
      missing('amount'),
      ...requiredString('reason', 3, 500),
      ...dateTime('expiresAt', false),
      field('expiresAt', 'not in the future', dateIn('0001-01-01T00:00:00.000Z', NOW)),
      ...idempotencyKinds(),
    ],
  },
  {
    name: 'appealUsage', inputType: 'AppealUsageInput', result: 'appeal { id }', role: 'merchant',
    fields: ['usageId', 'reason', 'evidence', 'idempotencyKey'],
    base: () => ({ usageId: fx.sellerFault, reason: 'the carrier damaged it (fuzz)', evidence: ['https://carrier.example/claims/1'], idempotencyKey: newKey('fz-appeal') }),
    kinds: () => [
      ...requiredId('usageId', 64, [
        field('usageId', 'unknown use', fc.uuid()),
        ...nearMisses('usageId', fx.sellerFault),
        field('usageId', 'a use the platform pays', fc.constant(fx.captured)),
        field('usageId', 'an appealed use', fc.constant(fx.appealed)),
        field('usageId', "another merchant's use", fc.constant(fx.otherMerchantUse)),
      ]),
      ...requiredString('reason', 3, 1000),
      field('evidence', 'not a list of strings', fc.oneof(fc.integer(), fc.boolean(), smallObject, fc.constant([1, 2]))),
      field('evidence', 'more than 20 items', fc.array(fc.constant('ref'), { minLength: 21, maxLength: 30 })),
      field('evidence', 'an item longer than 500', longerThan(500).map((x) => [x])),
      field('evidence', 'an empty item', fc.constant([''])),
      ...idempotencyKinds(),
    ],
  },
  {
    name: 'decideAppeal', inputType: 'DecideAppealInput', result: 'appeal { id }', role: 'ops_admin',
    fields: ['appealId', 'decision', 'note', 'idempotencyKey'],
    base: () => ({ appealId: fx.openAppeal, decision: 'UPHELD', note: 'carrier report confirms (fuzz)', idempotencyKey: newKey('fz-decide') }),
    kinds: () => [
      ...requiredId('appealId', 64, [
        field('appealId', 'unknown appeal', fc.uuid()),
        ...nearMisses('appealId', fx.openAppeal),
        field('appealId', 'a decided appeal', fc.constant(fx.decidedAppeal)),
      ]),
      field('decision', 'unknown enum value', badEnum(DECISIONS)),
      field('decision', 'null', fc.constant(null)),
      missing('decision'),
      ...requiredString('note', 3, 1000),
      ...idempotencyKinds(),
    ],
  },
];

// ---- judging one response --------------------------------------------------------------------

interface Applied {
  kind: Kind;
  value: unknown;
}

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** Keeps reports readable: long strings are cut, with their length. */
const show = (v: unknown): unknown =>
  typeof v === 'string' ? (v.length > 200 ? `${v.slice(0, 40)}…(${v.length} chars)` : v)
    : Array.isArray(v) ? (v.length > 10 ? [...v.slice(0, 5).map(show), `…(${v.length} items)`] : v.map(show))
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]))
    : v;

function names(e: NonNullable<GqlResult['errors']>[number], blame: string[], applied: Applied[]): boolean {
  const code = e.extensions?.code;
  if (code === 'NOT_FOUND') return applied.some((a) => strings(a.value).includes(String(e.extensions?.id)));
  const fields = e.extensions?.fields as Array<{ field: string }> | undefined;
  if (fields) return fields.some((f) => blame.includes(f.field));
  // a variable coercion error: the message points at the path or names the field
  return blame.some((b) => (b === '$input' ? e.message.includes('"$input"') : e.message.includes(`at "${b}`) || e.message.includes(`Field "${b.split('.').pop()}"`)));
}

function judge(spec: MutationSpec, applied: Applied[], r: GqlResult, wrote: boolean): string[] {
  const problems: string[] = [];
  const blame = applied.flatMap((a) => (typeof a.kind.blame === 'function' ? a.kind.blame(a.value) : a.kind.blame ?? []));
  const unblamed = applied.some((a) => a.kind.blame === null);
  if (r.status >= 500) problems.push(`HTTP ${r.status}`);
  let named = false;
  if (r.errors?.length) {
    for (const e of r.errors) {
      const code = e.extensions?.code;
      if (code !== 'BAD_USER_INPUT' && code !== 'NOT_FOUND') problems.push(`error ${code}: ${e.message}`);
    }
    named = r.errors.some((e) => names(e, blame, applied));
  } else {
    const payload = r.data?.[spec.name];
    const resultField = spec.result.split(' ')[0];
    if (!payload) problems.push('neither errors nor a payload');
    else if (!payload.userErrors?.length) problems.push(`accepted: no error and no userErrors (${resultField}: ${JSON.stringify(payload[resultField])})`);
    else {
      if (payload[resultField] != null) problems.push(`userErrors together with a ${resultField}`);
      named = payload.userErrors.some((u: { field: string | null }) => u.field !== null && blame.includes(u.field));
    }
  }
  if (!named && !unblamed) problems.push(`the rejection does not name ${blame.join(' or ') || 'the unknown field'}`);
  if (wrote) problems.push('wrote rows');
  return problems;
}

// ---- the properties --------------------------------------------------------------------------

interface Failure {
  mutation: string;
  corruptions: string[];
  input: unknown;
  problems: string[];
  status: number;
  response: unknown;
  rowsChanged?: Record<string, [number, number]>;
}

async function runCase(spec: MutationSpec, applied: Applied[], failures: Failure[]) {
  let input: unknown = spec.base();
  for (const a of applied) input = a.kind.apply(input as Input, a.value);
  const doc = `mutation($input: ${spec.inputType}!) { ${spec.name}(input: $input) { ${spec.result} userErrors { code field message } } }`;
  const before = await rowCounts(s.db);
  const r = await s.gql(doc, { input }, spec.role);
  const after = await rowCounts(s.db);
  total++;
  const wrote = !isDeepStrictEqual(before, after);
  const problems = judge(spec, applied, r, wrote);
  if (process.env.FUZZ_VERBOSE) {
    const outcome = r.errors ? r.errors.map((e) => `${e.extensions?.code} ${JSON.stringify(e.extensions?.fields?.map((f: { field: string }) => f.field) ?? e.extensions?.id ?? e.message.slice(0, 120))}`).join(' | ')
      : JSON.stringify(r.data?.[spec.name]?.userErrors?.map((u: { code: string; field: string }) => `${u.code} ${u.field}`));
    process.stdout.write(`${spec.name} [${applied.map((a) => a.kind.label).join(' + ')}] ${JSON.stringify(show(applied.map((a) => a.value))).slice(0, 100)} → ${outcome}\n`);
  }
  if (problems.length) {
    const rowsChanged = wrote
      ? Object.fromEntries(Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => [t, [before[t], after[t]] as [number, number]]))
      : undefined;
    failures.push({
      mutation: spec.name,
      corruptions: applied.map((a) => a.kind.label),
      input: show(input),
      problems,
      status: r.status,
      response: show(r.errors ? r.errors.map((e) => ({ message: e.message, extensions: { ...e.extensions, requestId: undefined } })) : r.data),
      rowsChanged,
    });
  }
}

const disjoint = (ks: Kind[]) => {
  const seen = new Set<string>();
  for (const k of ks) {
    if (k.touches.includes('*')) return false;
    for (const t of k.touches) {
      if (seen.has(t)) return false;
      seen.add(t);
    }
  }
  return true;
};

beforeAll(async () => {
  s = await startTestServer();
  // October: u-big books 2^53−1 of FZ_BIG (limit 2^52−1 plus a grant of 2^52 that ends with the month).
  s.clock.set('2026-10-15T00:00:00Z');
  await createTier(s, { code: BIG, name: 'Fuzz big', rank: 50 });
  await defineBenefit(s, { code: BIG, kind: 'COUNT', unit: 'use', name: 'Fuzz big' });
  await setRule(s, { tierCode: BIG, benefitCode: BIG, limit: MAX_LIMIT, period: 'CALENDAR_MONTH' });
  await assignMembership(s, { userId: 'u-big', tierCode: BIG, startsAt: '2026-01-01T00:00:00Z' });
  await usageOp(s, GRANT, { userId: 'u-big', benefitCode: BIG, amount: MAX_GRANTED, reason: 'edge of exact integers' });
  const booked = await usageOp(s, CONSUME, { userId: 'u-big', benefitCode: BIG, amount: MAX_SAFE });
  expect(booked.userErrors).toEqual([]);
  s.clock.set('2026-11-01T00:00:00Z');
  await createTier(s, { code: 'REGULAR', name: 'Regular', rank: 0, isDefault: true });
  await createTier(s, { code: 'OLD', name: 'Old', rank: 5 });
  await createTier(s, { code: 'GOLD', name: 'Gold', rank: 20 });
  await createTier(s, { code: 'FZ', name: 'Fuzz', rank: 30 });
  await createTier(s, { code: 'FZ_ARCH', name: 'Fuzz archive target', rank: 40 });
  const archived = await s.gql(`mutation { archiveTier(input: { code: "OLD" }) { userErrors { code } } }`);
  expect(archived.data.archiveTier.userErrors).toEqual([]);
  await defineBenefit(s, { code: 'FREE_RETURN_SHIPPING', kind: 'COUNT', unit: 'return', name: 'Free return shipping' });
  await defineBenefit(s, { code: 'COMPENSATION_BUDGET', kind: 'AMOUNT', unit: 'CNY', name: 'Goodwill compensation' });
  await defineBenefit(s, { code: 'DEDICATED_CHANNEL', kind: 'ACCESS', name: 'Dedicated support channel' });
  await defineBenefit(s, { code: 'FZ_COUNT', kind: 'COUNT', unit: 'use', name: 'Fuzz count' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'FREE_RETURN_SHIPPING', limit: 100, period: 'CALENDAR_MONTH', perOrderLimit: 50 });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'COMPENSATION_BUDGET', limit: 1_000_000, period: 'CALENDAR_QUARTER' });
  await setRule(s, { tierCode: 'GOLD', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'VIP_HOTLINE' } });
  await setRule(s, { tierCode: 'FZ', benefitCode: 'DEDICATED_CHANNEL', config: { channel: 'FUZZ' } });
  for (const u of ['u-own', 'u-other', 'u-rich']) await assignMembership(s, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
  const rich = await usageOp(s, GRANT, { userId: 'u-rich', benefitCode: 'FREE_RETURN_SHIPPING', amount: MAX_GRANTED - 5, reason: 'edge of exact integers', expiresAt: '2030-01-01T00:00:00Z' });
  expect(rich.userErrors).toEqual([]);
  fx.membershipToEnd = (await assignMembership(s, { userId: 'u-end', tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' })).id;
  for (let i = 1; i <= 6; i++) {
    const u = `u-fresh-${i}`;
    await assignMembership(s, { userId: u, tierCode: 'GOLD', startsAt: '2026-01-01T00:00:00Z' });
    fx.freshMembers.push(u);
  }
  await recordOrder(s, { id: 'o-own', userId: 'u-own', amount: 10000, placedAt: '2026-10-30T00:00:00Z', deliveredAt: '2026-11-01T00:00:00Z' });
  await recordOrder(s, { id: 'o-other', userId: 'u-other', amount: 10000, placedAt: '2026-10-30T00:00:00Z' });
  s.clock.set('2026-11-10T03:00:00Z');
  const use = { userId: 'u-own', benefitCode: 'FREE_RETURN_SHIPPING', orderId: 'o-own' };
  fx.expiredHold = (await usageOp(s, HOLD, { ...use, expiresInSeconds: 60 })).usage.id;
  s.clock.set(NOW);
  fx.heldForCapture = (await usageOp(s, HOLD, use)).usage.id;
  fx.heldForRelease = (await usageOp(s, HOLD, use)).usage.id;
  fx.held = (await usageOp(s, HOLD, use)).usage.id;
  fx.capturedForReverse = (await usageOp(s, CONSUME, use)).usage.id;
  fx.usedKey = newKey('fz-used');
  const c = await s.gql(CONSUME, { input: { ...use, idempotencyKey: fx.usedKey } }, 'cs_agent');
  fx.captured = c.data.consumeEntitlement.usage.id;
  // Merchants' appeals: the fixtures' orders are m-1's (the merchant token's); o-m2 is another merchant's.
  await recordOrder(s, { id: 'o-m2', userId: 'u-own', merchantId: 'm-2', amount: 10000, placedAt: '2026-10-30T00:00:00Z', deliveredAt: '2026-11-01T00:00:00Z' });
  const fault = async (orderId = 'o-own') => (await usageOp(s, CONSUME, { ...use, orderId, cause: 'SELLER_FAULT' })).usage.id as string;
  fx.sellerFault = await fault();
  fx.otherMerchantUse = await fault('o-m2');
  const appeal = async (usageId: string) => {
    const r = await s.gql(`mutation($input: AppealUsageInput!) { appealUsage(input: $input) { appeal { id } userErrors { code } } }`,
      { input: { usageId, reason: 'fixture appeal', idempotencyKey: newKey() } }, 'merchant');
    return r.data.appealUsage.appeal.id as string;
  };
  fx.appealed = await fault();
  fx.openAppeal = await appeal(fx.appealed);
  fx.decidedAppeal = await appeal(await fault());
  const d = await s.gql(`mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { userErrors { code } } }`,
    { input: { appealId: fx.decidedAppeal, decision: 'REJECTED', note: 'fixture decision', idempotencyKey: newKey() } });
  expect(d.data.decideAppeal.userErrors).toEqual([]);
});

afterAll(async () => {
  process.stdout.write(`fuzz: ${total} generated bad inputs across ${SPECS.length} mutations (seed ${SEED})\n`);
  await s?.stop();
});

it('fuzzes every mutation of the schema', async () => {
  const { aftercareSchema } = await import('../../resolvers/schema');
  const mutations = Object.keys((await aftercareSchema()).getMutationType()!.getFields()).sort();
  expect(SPECS.map((x) => x.name).sort()).toEqual(mutations);
});

describe.each(SPECS.map((spec, i) => [spec.name, spec, i] as const))('%s', (_name, spec, index) => {
  it('rejects every corrupted input clearly and writes nothing', async () => {
    const kinds = spec.kinds().concat(structural(spec.fields));
    const failures: Failure[] = [];
    const single = fc.oneof(...kinds.map((kind) => kind.arb.map((value): Applied[] => [{ kind, value }])));
    const examples = kinds.map((kind, k) => [[{ kind, value: fc.sample(kind.arb, { numRuns: 1, seed: SEED + index * 1000 + k })[0] }]] as [Applied[]]);
    await fc.assert(fc.asyncProperty(single, (applied) => runCase(spec, applied, failures)), { seed: SEED + index, numRuns: examples.length + RANDOM_RUNS, examples });

    const combined = fc
      .shuffledSubarray(kinds, { minLength: 2, maxLength: 3 })
      .filter(disjoint)
      .chain((ks) => fc.tuple(...ks.map((k) => k.arb)).map((values): Applied[] => ks.map((kind, i) => ({ kind, value: values[i] }))));
    await fc.assert(fc.asyncProperty(combined, (applied) => runCase(spec, applied, failures)), { seed: SEED + 500 + index, numRuns: COMBINED_RUNS });

    // control: the uncorrupted base input is valid, so each corruption is what was refused
    const control = await s.gql(`mutation($input: ${spec.inputType}!) { ${spec.name}(input: $input) { userErrors { code field message } } }`, { input: spec.base() }, spec.role);
    expect({ failures, control: { errors: control.errors, userErrors: control.data?.[spec.name]?.userErrors } })
      .toEqual({ failures: [], control: { errors: undefined, userErrors: [] } });
  });
});

it('leaves the members at the edge of exact integers readable, the ledger clean', async () => {
  const r = await s.gql(`{ users(ids: ["u-big", "u-rich"]) { id entitlements { benefit { code } limit granted used held remaining } } }`, {}, 'cs_agent');
  expect(r.errors).toBeUndefined();
  const [big, rich] = r.data.users;
  expect(big.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === BIG)).toMatchObject({ limit: MAX_LIMIT, granted: 0, used: 0, remaining: MAX_LIMIT });
  expect(rich.entitlements.find((e: { benefit: { code: string } }) => e.benefit.code === 'FREE_RETURN_SHIPPING')).toMatchObject({ limit: 100, granted: MAX_GRANTED - 5 });
  const v = await s.gql(VERIFY);
  expect(v.data.verifyLedger.drift).toEqual([]);
});

it('sent at least 200 generated bad inputs', () => {
  expect(total).toBeGreaterThanOrEqual(200);
});
