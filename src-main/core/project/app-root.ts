// Finds the application's root folder (where package.json and db/ live), both
// when running from source and from the bundled out/main/ of the desktop app.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function appRoot(): string {
  if (cached !== null) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'db', 'migrations')) && existsSync(path.join(dir, 'package.json'))) {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Sourcebench cannot find its db/migrations folder next to package.json.');
    dir = parent;
  }
}
