// The first of two passes over a bundle: unpack every entry without keeping
// it, and check sizes and SHA-256 against the manifest before anything is read
// into the project. The manifest is the last entry, so this pass comes first.

import { createHash, type Hash } from 'node:crypto';
import { AppError } from '../api/errors.ts';
import { bundleFormat, bundleFormatVersion, manifestPath, manifestSchema, type BundleLimits, type Manifest } from './bundle-format.ts';
import { bundleError, readZipEntries } from './zip-reader.ts';

export function verifyBundle(filePath: string, limits: BundleLimits): Manifest {
  const found = new Map<string, { bytes: number; sha256: string }>();
  let manifestChunks: Uint8Array[] | null = null;
  readZipEntries(filePath, limits, (name) => {
    const hash: Hash = createHash('sha256');
    let bytes = 0;
    const chunks: Uint8Array[] = [];
    if (name === manifestPath) manifestChunks = chunks;
    return {
      data(chunk) {
        hash.update(chunk);
        bytes += chunk.length;
        if (name === manifestPath) chunks.push(chunk.slice());
      },
      end() {
        found.set(name, { bytes, sha256: hash.digest('hex') });
      },
    };
  });
  if (manifestChunks === null) {
    throw bundleError('The bundle has no manifest.json: it is cut short, or it is not a Sourcebench bundle.', manifestPath);
  }
  const manifest = parseManifest(Buffer.concat(manifestChunks));
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    listed.add(entry.path);
    const actual = found.get(entry.path);
    if (actual === undefined) throw bundleError(`The entry "${entry.path}" listed in the manifest is missing from the bundle.`, entry.path);
    if (actual.bytes !== entry.bytes) {
      throw bundleError(`The entry "${entry.path}" holds ${actual.bytes} bytes but the manifest says ${entry.bytes}.`, entry.path);
    }
    if (actual.sha256 !== entry.sha256) throw bundleError(`The entry "${entry.path}" does not match its SHA-256 in the manifest; the bundle was altered or damaged.`, entry.path);
  }
  for (const name of found.keys()) {
    if (name !== manifestPath && !listed.has(name)) throw bundleError(`The entry "${name}" is not listed in the manifest.`, name);
  }
  return manifest;
}

function parseManifest(bytes: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw bundleError('The bundle\'s manifest.json is not valid JSON.', manifestPath);
  }
  const head = (value ?? {}) as { format?: unknown; formatVersion?: unknown; appVersion?: unknown };
  if (head.format !== bundleFormat) throw bundleError('This zip is not a Sourcebench bundle (its manifest names another format).', manifestPath);
  if (typeof head.formatVersion === 'number' && head.formatVersion > bundleFormatVersion) {
    throw new AppError(
      'unsupported',
      `This bundle was written by a newer Sourcebench (${String(head.appVersion)}, bundle format ${head.formatVersion}); update Sourcebench to open it.`,
      { entry: manifestPath, line: null },
    );
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bundleError(`The bundle's manifest.json is not valid (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}).`, manifestPath);
  }
  return parsed.data;
}
