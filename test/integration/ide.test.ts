// The development IDE in a real headless browser (Debian's chromium through playwright-core): the page
// loads only from this server, the customer's demo token and the StorefrontMe example run, the docs
// come from introspection. Without the IDE option (tests, production) none of it is served.
import fs from 'node:fs';
import path from 'node:path';
import { decodeJwt } from 'jose';
import type { Browser } from 'playwright-core';
import { seedDemo } from '../../src/seed/demo';
import { startTestServer, TestServer } from '../support/harness';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasBrowser = fs.existsSync(CHROMIUM);
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** The last value read: the first that passes `ok`, or the one at the deadline (the page re-renders asynchronously). */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

if (!hasBrowser) {
  console.warn(`ide.test: browser test skipped: no browser at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

describe('development IDE', () => {
  let s: TestServer;
  let browser: Browser | undefined;
  beforeAll(async () => {
    s = await startTestServer({ config: { ide: true } });
    await seedDemo(s.db, s.config, s.clock.read());
  });
  afterAll(async () => {
    await browser?.close();
    await s?.stop();
  });

  (hasBrowser ? it : it.skip)(`runs StorefrontMe as the demo customer, loading nothing from outside the server${hasBrowser ? '' : ` (skipped: no browser at ${CHROMIUM})`}`, async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(s.url).origin;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));

    await page.goto(s.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor();
    await expect(page.locator('#ide-hint').textContent()).resolves.toContain('Authorization');

    // The header editor holds the picked role's token: another role's first, then the customer's.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    const tokenSub = async () => decodeJwt(/Bearer ([\w.-]+)/.exec((await headers.textContent()) ?? '')![1]).sub;
    await page.selectOption('#ide-role', { label: 'ops_admin (ops-bob)' });
    expect(await eventually(tokenSub, (sub) => sub === 'ops-bob')).toBe('ops-bob');
    await page.selectOption('#ide-role', { label: 'customer (u-gold)' });
    expect(await eventually(tokenSub, (sub) => sub === 'u-gold')).toBe('u-gold');
    await page.selectOption('#ide-example', { label: 'StorefrontMe — storefront/me.graphql' });
    const editor = () => page.locator('.graphiql-query-editor').textContent();
    expect(await eventually(editor, (text) => !!text?.includes('query StorefrontMe'))).toContain('query StorefrontMe');

    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('StorefrontMe'));
    await page.locator('.graphiql-execute-button').click();
    const response = await answer;
    const body = (await response.json()) as { data?: { me: { id: string; tier: { code: string } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toMatchObject({ id: 'u-gold', tier: { code: 'GOLD' } });
    expect(decodeJwt(response.request().headers().authorization.replace(/^Bearer /, ''))).toMatchObject({ sub: 'u-gold', roles: ['customer'] });
    const pane = page.locator('.graphiql-response');
    await pane.getByText('"u-gold"').waitFor();
    await expect(pane.textContent()).resolves.toContain('"GOLD"');

    // The doc explorer is built from introspection.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'ide.png') });

    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('serves the page to browsers only; GraphQL over GET and POST answers as before', async () => {
    const page = await fetch(s.url, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).not.toMatch(/(src|href)="(?!\/|data:)/);
    const asset = await fetch(`${new URL(s.url).origin}/ide/graphiql.min.js`);
    expect(asset.status).toBe(200);
    expect((await fetch(`${new URL(s.url).origin}/ide/graphiql.min.js`, { headers: { 'if-none-match': asset.headers.get('etag')! } })).status).toBe(304);

    const get = await fetch(`${s.url}?query=${encodeURIComponent('{ tiers { code } }')}`, {
      // Apollo's CSRF prevention wants a header no simple (form or img) request can carry.
      headers: { authorization: `Bearer ${await s.token('ops_admin')}`, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { tiers: unknown[] } }).data.tiers).toHaveLength(4);
    expect((await s.gql('{ me { id } }', {}, { token: await s.token('customer', 'u-gold') })).data).toEqual({ me: { id: 'u-gold' } });
  });
});

describe.each([
  ['test (no opt-in)', {}],
  ['production, even when asked', { env: 'production' as const, ide: true }],
])('IDE in %s', (_name, config) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config });
  });
  afterAll(() => s?.stop());

  it('is not served: no page, no files, no tokens', async () => {
    const res = await fetch(s.url, { headers: html });
    expect(res.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect(await res.text()).not.toContain('Bearer');
    expect((await fetch(`${new URL(s.url).origin}/ide/graphiql.min.js`)).status).toBe(404);
    expect((await fetch(`${new URL(s.url).origin}/ide/ide.js`)).status).toBe(404);
  });
});
