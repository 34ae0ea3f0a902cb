import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { jsonReport } from '../../src/report/json.js';
import { FIXTURES, REPO } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';
import { checkCase } from './fixtures.test.js';

const schema = JSON.parse(readFileSync(join(REPO, 'schema/check-report.schema.json'), 'utf8'));

describe('check reports', () => {
  it('JSON output has the documented shape, for every fixture workspace', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const name of ['metadata', 'excerpt-and-library', 'conflicts-across-files', 'dangling-references', 'quote-mangled']) {
      const dir = join(FIXTURES, 'check', name);
      const r = await checkCase(dir);
      for (const lang of ['vi', 'en'] as const) {
        const report = jsonReport(r.diagnostics, { lang, cwd: dir, files: r.files });
        expect(validate(report), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(report.summary.errors).toBe(r.diagnostics.filter((d) => d.severity === 'error').length);
      }
    }
  });

  it('the CLI prints exactly that JSON on stdout', () => {
    const r = runCli(['check', '--format', 'json'], { cwd: join(FIXTURES, 'check/metadata') });
    const validate = new Ajv({ strict: false }).compile(schema);
    const report = JSON.parse(r.stdout);
    expect(validate(report)).toBe(true);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 4, infos: 0 });
    expect(r.stderr).toBe('');
  });

  it('GitHub output is one workflow command per diagnostic, escaped, then the summary', async () => {
    const dir = join(FIXTURES, 'check/conflicts-across-files');
    const r = await checkCase(dir);
    const out = formatGithub(r.diagnostics, { lang: 'en', cwd: dir, files: r.files }).trimEnd().split('\n');
    expect(out).toHaveLength(r.diagnostics.length + 1);
    const re = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]*)::(.+)$/;
    r.diagnostics.forEach((d, i) => {
      const m = re.exec(out[i]!);
      expect(m, out[i]).not.toBeNull();
      expect(m![1]).toBe(d.severity === 'info' ? 'notice' : d.severity);
      expect(m![2]).toBe(d.file.slice(dir.length + 1));
      expect([Number(m![3]), Number(m![4])]).toEqual([d.line, d.column]);
      expect(m![7]).toMatch(new RegExp(`^quyche ${d.code}`));
      expect(m![8]).not.toMatch(/[\r\n]/);
    });
    expect(out[out.length - 1]).toMatch(/^\d+ files? · \d+ errors? /);
  });

  it('escapes what the runner would misread', () => {
    const line = formatGithub(
      [{ file: 'a,b:c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', code: 'schema', message: { id: 'schema.missing', args: { field: '50%\nx' } } }],
      { lang: 'en', cwd: '/', files: 1 },
    ).split('\n')[0]!;
    expect(line).toBe('::error file=a%2Cb%3Ac.yaml,line=1,col=1,endLine=1,endColumn=2,title=quyche schema::the required field "50%25%0Ax" is missing');
  });
});
