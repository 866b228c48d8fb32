// A clean install on the Node we run must print no EBADENGINE: every package the lock pins has to
// accept this Node version (package.json's `overrides` pin the transitive ones that moved to Node 22).
import { readFileSync } from 'fs';
import { join } from 'path';
import { satisfies } from 'semver';

const root = join(__dirname, '..', '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('engines', () => {
  it('runs on the Node the project declares', () => {
    expect(satisfies(process.version, project.engines.node)).toBe(true);
  });

  it('locks no package whose engines exclude this Node version', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !satisfies(process.version, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(([path, p]) => `${path}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
