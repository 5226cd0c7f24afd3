// `npm run schema`: regenerates db/schema.sql from the migrations.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../src-main/core/project/app-root.ts';
import { describeSchema } from '../src-main/core/project/describe-schema.ts';

const target = path.join(appRoot(), 'db', 'schema.sql');
writeFileSync(target, describeSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
