// Reason.code and UserError.code are GraphQL enums built from src/domain/codes.ts. GraphQL cannot
// serialise a code missing from the list (the write would answer INTERNAL_SERVER_ERROR), and a
// listed code nothing produces is a promise to clients that never comes true. This reads the
// services and the domain and checks both directions.
import fs from 'node:fs';
import path from 'node:path';
import { REASON_CODES, USER_ERROR_CODES } from '../../src/domain/codes';

const ROOT = path.join(__dirname, '..', '..');
/** Where codes are produced: the pure decision code and the services. */
const SOURCES = ['src/domain', 'src/services'];
/** GraphQL error codes (extensions.code) are transport and access outcomes, not userErrors. */
const GRAPHQL_ERROR_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return e.name.endsWith('.ts') && rel !== path.join('src', 'domain', 'codes.ts') ? [rel] : [];
  });
}

const files = SOURCES.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
const literals = (line: string) => [...line.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g)].map((m) => m[1]);

/** Codes a line sets (`code: X`, `code: c ? X : Y`) or refuses with (`refuse(X, …)`, `new Refusal(X, …)`). */
function codesSetOn(line: string): string[] {
  if (/\border\s*:\s*\{/.test(line)) return []; // `order: { code: 'ASC' }` is a sort order
  return [
    ...[...line.matchAll(/\bcode\s*:\s*([^,}]+)/g)].flatMap((m) => literals(m[1])),
    ...[...line.matchAll(/\b(?:refuse|Refusal)\w*\(\s*\[?\s*('[^']*')/g)].flatMap((m) => literals(m[1])),
  ].filter((code) => !GRAPHQL_ERROR_CODES.has(code));
}

it('every code a service or the domain gives a client is listed', () => {
  const produced = new Map<string, string>();
  for (const { file, text } of files) {
    text.split('\n').forEach((line, i) => {
      for (const code of codesSetOn(line)) produced.set(code, `${file}:${i + 1}`);
    });
  }
  expect(produced.size).toBeGreaterThan(15);
  const unlisted = [...produced].filter(([code]) => !(USER_ERROR_CODES as readonly string[]).includes(code));
  expect(unlisted).toEqual([]);
});

it('every listed code is produced somewhere', () => {
  const mentioned = new Set(files.flatMap(({ text }) => literals(text)));
  expect(USER_ERROR_CODES.filter((code) => !mentioned.has(code))).toEqual([]);
});

it('every reason code has its words in src/domain/reasons.ts', () => {
  const reasons = fs.readFileSync(path.join(ROOT, 'src/domain/reasons.ts'), 'utf8');
  expect(REASON_CODES.filter((code) => !reasons.includes(`'${code}'`))).toEqual([]);
});
