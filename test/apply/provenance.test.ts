import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provenance } from '../../src/apply/provenance.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCase } from '../helpers/apply.js';

describe('provenance per unit', () => {
  it('says which change produced or changed each unit, with its op, effect and date', () => {
    const { run } = runCase(join(FIXTURES, 'apply/several-changes-in-order'));
    const d = run.documents[0]!;
    const p = provenance(d.result, d.pieces, d.changes);
    const view = Object.fromEntries([...p].map(([a, list]) => [a, list.map((x) => `${x.id}:${x.op}:${x.effect}`)]));
    expect(view).toEqual({
      'dieu-2.khoan-2a': ['1:insert:inserted'],
      'dieu-2.khoan-1': ['2:repeal:repealed'],
      'dieu-1': ['3:replace_phrase:amended'],
    });
  });

  it('carries the effective date of the patch or the change', () => {
    const { run } = runCase(join(FIXTURES, 'apply/replace-party'));
    const d = run.documents[0]!;
    const p = provenance(d.result, d.pieces, d.changes);
    expect([...p.keys()]).toEqual(['dieu-1.khoan-2.diem-2-1']);
    expect(p.get('dieu-1.khoan-2.diem-2-1')![0]!.effective).toBeUndefined();
  });
});
