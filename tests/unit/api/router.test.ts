// The router: unique names, validation at the boundary, errors as data, and
// every operation atomic (a failure part-way leaves nothing behind).

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineOperation } from '../../../src-main/core/api/contract.ts';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { allOperations } from '../../../src-main/core/api/operations.ts';
import { createRouter } from '../../../src-main/core/api/router.ts';
import { openProject } from '../../../src-main/core/project/open-project.ts';

function freshProject() {
  return openProject(path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-router-')), 'r.sourcebench'));
}

describe('router', () => {
  it('refuses to register an operation name twice', () => {
    const op = defineOperation('x.same', z.object({}), () => 1);
    expect(() => createRouter([op, op])).toThrow(/registered twice/);
  });

  it('has every real operation under a unique domain.verb name', () => {
    const names = allOperations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('answers an unknown operation with not_found as data', () => {
    const router = createRouter(allOperations);
    const result = router.call(freshProject(), 'sources.explode', {});
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown operation "sources.explode".' } });
  });

  it('validates input and names the offending field in the message', () => {
    const router = createRouter(allOperations);
    const result = router.call(freshProject(), 'sources.list', { limit: 'lots' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/^Invalid input for sources\.list: limit:/);
      expect(Object.keys((result.error.details as { fields: Record<string, string> }).fields)).toEqual(['limit']);
    }
  });

  it('passes AppErrors through and hides unexpected ones behind an internal error', () => {
    const router = createRouter([
      defineOperation('t.refuse', z.object({}), () => {
        throw new AppError('conflict', 'Already there.');
      }),
      defineOperation('t.crash', z.object({}), () => {
        throw new TypeError('undefined is not a function');
      }),
    ]);
    const project = freshProject();
    expect(router.call(project, 't.refuse', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Already there.' } });
    const crash = router.call(project, 't.crash', {});
    expect(crash.ok).toBe(false);
    if (!crash.ok) {
      expect(crash.error.code).toBe('internal');
      expect(crash.error.details).toEqual({ detail: 'undefined is not a function' });
    }
  });

  it('runs each operation in one transaction, so a failure part-way writes nothing', () => {
    const project = freshProject();
    project.db.exec('CREATE TABLE scratch (n INTEGER)');
    const router = createRouter([
      defineOperation('t.halfway', z.object({}), (p) => {
        p.db.prepare('INSERT INTO scratch VALUES (1)').run();
        throw new AppError('conflict', 'Stopped half way.');
      }),
    ]);
    expect(router.call(project, 't.halfway', {}).ok).toBe(false);
    expect(project.db.prepare('SELECT COUNT(*) AS n FROM scratch').get()).toEqual({ n: 0 });
  });
});
