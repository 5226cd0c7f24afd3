// db/schema.sql must say what the migrations really build.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { appRoot } from '../../../src-main/core/project/app-root.ts';
import { describeSchema } from '../../../src-main/core/project/describe-schema.ts';

it('db/schema.sql matches the migrations (run `npm run schema` after adding one)', () => {
  expect(readFileSync(path.join(appRoot(), 'db', 'schema.sql'), 'utf8')).toBe(describeSchema());
});
