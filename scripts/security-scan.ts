// `npm run test:security`: scans the built app with electronegativity and fails
// on any finding that build/electronegativity-allowlist.json does not explain.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Accepted {
  check: string;
  file: string;
  why: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowlist = JSON.parse(readFileSync(path.join(root, 'build/electronegativity-allowlist.json'), 'utf8')) as { accepted: Accepted[] };
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['electron'];
const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-scan-')), 'findings.csv');

const scan = spawnSync('electronegativity', ['-i', path.join(root, 'out'), '-o', report, '-r', '-v', 'false', '-e', electronVersion ?? '45.0.0'], {
  cwd: root,
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (scan.status !== 0) {
  console.error(`electronegativity failed to run:\n${scan.stderr}`);
  process.exit(1);
}

const findings = readFileSync(report, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map(parseCsvLine)
  .map((fields) => ({ check: fields[0] ?? '', severity: fields[1] ?? '', file: fields[3] ?? '', location: fields[4] ?? '', description: fields[6] ?? '' }));

const unexplained = findings.filter((f) => !allowlist.accepted.some((a) => a.check === f.check && a.file === f.file));
console.log(`electronegativity: ${findings.length} findings, ${findings.length - unexplained.length} reviewed in the allowlist, ${unexplained.length} unexplained.`);
for (const f of findings) console.log(`  ${unexplained.includes(f) ? 'UNEXPLAINED' : 'reviewed   '} ${f.check} ${f.severity} ${f.file}:${f.location} ${f.description}`);
if (unexplained.length > 0) process.exit(1);

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) fields.push((match[1] ?? match[2] ?? '').replace(/""/g, '"'));
  return fields;
}
