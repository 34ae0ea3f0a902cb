/**
 * Exports, through the real CLI (a subprocess): golden files for every export × format on the
 * shipped workspace (Word compared through a dump of its XML, not its bytes); Word's Accept All /
 * Reject All computed from the revision XML; footnotes; the comparison table as a Word table;
 * `--as-of` before, between and after two patches' dates; what is refused.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText } from '../../src/text/markup.js';
import { descendants, dumpDocx, footnotes, parseXml, resolvedParagraphs, revisions, unzipDocx, W } from '../helpers/docx.js';
import { Capture } from '../helpers/memory-io.js';
import { FIXTURES, REPO } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const PATCH = 'amendments/sua-doi-qc-01-tu.yaml';
const DATE = ['--date', '2026-11-25'];
const GOLDEN = join(FIXTURES, 'export/shipped');
const KINDS = {
  consolidated: ['consolidated', '01-QC/TU'],
  redline: ['redline', PATCH],
  table: ['table', PATCH],
  draft: ['draft', PATCH],
  report: ['report', PATCH],
} as const;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'quyche-export-'));
}

function exportTo(args: readonly string[], format: string, cwd = REPO): Uint8Array {
  const out = join(tmp(), `out.${format}`);
  const r = runCli(['export', ...args, '-f', format, ...DATE, '-o', out], { cwd });
  expect(r.stderr).toContain('đã ghi');
  expect(r.code).toBe(0);
  return readFileSync(out);
}

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `${path} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The non-blank display lines of a regulation's body. */
function bodyLines(text: string): string[] {
  const doc = parseRegulation('x.md', text);
  return plainText(text, doc.bodyStart, text.length)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe('export goldens on the shipped workspace', () => {
  for (const [kind, args] of Object.entries(KINDS)) {
    for (const format of ['md', 'html', 'json']) {
      it(`${kind} as ${format}`, () => {
        const r = runCli(['export', ...args, '-f', format, ...DATE]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        golden(`${kind}.${format}`, r.stdout);
      });
    }
    it(`${kind} as docx (its XML, dumped)`, () => {
      golden(`${kind}.docx.txt`, dumpDocx(exportTo(args, 'docx')));
    });
  }
  it('redline as Markdown, plain variant (<ins>/<del>)', () => {
    const r = runCli(['export', 'redline', PATCH, '--marks', 'plain', ...DATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('{++');
    golden('redline.plain.md', r.stdout);
  });
});

describe('Word redline: real tracked changes', () => {
  const bytes = exportTo(KINDS.redline, 'docx');
  const files = unzipDocx(bytes);
  const doc = parseXml(files.get('word/document.xml')!);
  const original = readFileSync(join(REPO, 'regulations/local/01-qc-tu.md'), 'utf8');
  const outDir = tmp();
  const amendedPath = join(outDir, 'amended.md');
  expect(runCli(['amend', PATCH, '-o', amendedPath]).code).toBe(0);
  const amended = readFileSync(amendedPath, 'utf8');

  it('Accept All gives the amended text, Reject All the original', () => {
    const accepted = resolvedParagraphs(doc, 'accept');
    const rejected = resolvedParagraphs(doc, 'reject');
    const newLines = bodyLines(amended);
    const oldLines = bodyLines(original);
    // the body follows the export's own heading paragraphs
    const at = accepted.indexOf(newLines[0]!);
    expect(at).toBeGreaterThan(0);
    expect(accepted.slice(at)).toEqual(newLines);
    expect(rejected.slice(rejected.indexOf(oldLines[0]!))).toEqual(oldLines);
    expect(newLines).not.toEqual(oldLines);
  });

  it('revisions have unique increasing ids, the author and the date; deletions use w:delText', () => {
    const rv = revisions(doc);
    expect(rv.length).toBeGreaterThan(20);
    const ids = rv.map((r) => Number(r.id));
    expect(new Set(ids).size).toBe(ids.length);
    // the shipped workspace has no quyche.yaml: no author is invented (never the tool's name)
    expect(rv.every((r) => r.author === '' && r.date === '2026-11-25T00:00:00Z')).toBe(true);
    expect(rv.filter((r) => r.badText)).toEqual([]);
    // a whole inserted clause has its paragraph break tracked too (no empty paragraph on reject)
    const markIns = descendants(doc, 'pPr').filter((p) => descendants(p, 'rPr').some((r) => descendants(r, 'ins').length > 0));
    expect(markIns.length).toBeGreaterThanOrEqual(5);
  });

  it('A4, Times New Roman 14 pt, the margins of Nghị định 30/2020', () => {
    const pgSz = descendants(doc, 'pgSz')[0]!;
    expect([pgSz.getAttributeNS(W, 'w') ?? pgSz.getAttribute('w:w'), pgSz.getAttributeNS(W, 'h') ?? pgSz.getAttribute('w:h')]).toEqual(['11906', '16838']);
    const mar = descendants(doc, 'pgMar')[0]!;
    expect(mar.getAttribute('w:left')).toBe('1701');
    const styles = files.get('word/styles.xml')!;
    expect(styles).toMatch(/w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });
});

describe('Word consolidated text and table', () => {
  it('consolidated: a footnote per changed unit, each referenced once, with the Markdown export\'s sentences', () => {
    const files = unzipDocx(exportTo(KINDS.consolidated, 'docx'));
    const notes = footnotes(files.get('word/footnotes.xml'));
    const refs = descendants(parseXml(files.get('word/document.xml')!), 'footnoteReference').map((e) => Number(e.getAttribute('w:id')));
    // one per changed unit, and one at each place a phrase changed
    expect(notes.size).toBe(19);
    expect(refs.sort((a, b) => a - b)).toEqual([...notes.keys()].sort((a, b) => a - b));
    const md = runCli(['export', ...KINDS.consolidated, ...DATE]).stdout;
    for (const [id, text] of notes) expect(md).toContain(`[^${id}]: ${text}`);
    expect(notes.get(1)).toMatch(/^Cụm từ “, Trưởng Đoàn đại biểu Quốc hội tỉnh” được thay thế bằng cụm từ .* theo quy định tại Điểm a, Khoản 1, Điều 1 của Quy chế sửa đổi, bổ sung/);
  });

  it('table: a Word table of three columns (current | proposed | thuyết minh), its header repeated, one row per changed unit, landscape', () => {
    const files = unzipDocx(exportTo(KINDS.table, 'docx'));
    const doc = parseXml(files.get('word/document.xml')!);
    const tbl = descendants(doc, 'tbl');
    expect(tbl).toHaveLength(1);
    const rows = descendants(tbl[0]!, 'tr');
    expect(rows).toHaveLength(18);
    expect(descendants(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(rows.every((r) => descendants(r, 'tc').length === 3)).toBe(true);
    const pgSz = descendants(doc, 'pgSz')[0]!;
    expect([pgSz.getAttribute('w:w'), pgSz.getAttribute('w:h'), pgSz.getAttribute('w:orient')]).toEqual(['16838', '11906', 'landscape']);
    // the table fits between the margins: 297 − 30 − 15 mm
    const grid = descendants(tbl[0]!, 'gridCol').map((c) => Number(c.getAttribute('w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 1701 - 850);
    // the table is formatting, not revisions: removed words struck, added words bold
    expect(descendants(doc, 'ins')).toHaveLength(0);
    expect(descendants(doc, 'strike').length).toBeGreaterThan(0);
  });
});

describe('--as-of: the text in force on a date', () => {
  const root = join(FIXTURES, 'export/as-of');
  const at = (date?: string): string => {
    const r = runCli(['export', 'consolidated', '905/2024/QĐ-UBND', '--root', root, ...DATE, ...(date ? ['--as-of', date] : [])]);
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('before both patches: the base text, and the header says no amendment is in force', () => {
    const s = at('2024-12-31');
    expect(s).toContain('mỗi quý một lần');
    expect(s).toContain('chưa có sửa đổi, bổ sung nào có hiệu lực đến ngày 31 tháng 12 năm 2024');
    expect(s).not.toContain('[^1]');
    expect(s).not.toContain('3. Cán bộ được giao');
  });

  it('between them: the first patch only, in the header and the footnotes', () => {
    const s = at('2025-03-01');
    expect(s).toContain('1. Ủy ban nhân dân họp thường kỳ mỗi tháng một lần[^1].');
    expect(s).toContain('2. Biên bản cuộc họp do Văn phòng lập.');
    expect(s).toContain('1. Quyết định số 910/2024/QĐ-UBND ngày 15 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy định về chế độ họp, có hiệu lực kể từ ngày 01 tháng 01 năm 2025.');
    expect(s).not.toContain('920/2025');
    expect(s).toContain('[^2]: Khoản này được bổ sung theo quy định tại khoản 2 Điều 1 của Quyết định số 910/2024/QĐ-UBND');
  });

  it('after both: the later patch amends the earlier one\'s text; a repealed clause keeps its number', () => {
    const s = at('2025-12-31');
    expect(s).toContain('1. Ủy ban nhân dân họp thường kỳ mỗi tháng hai lần[^1].');
    expect(s).toContain('2. [^2] (được bãi bỏ)');
    // the phrase's history in one footnote at the phrase, in the order the documents amended it
    expect(s).toMatch(/\[\^1\]: Cụm từ “mỗi quý một lần” được thay thế bằng cụm từ “mỗi tháng một lần” theo quy định tại khoản 1 Điều 1 của Quyết định số 910\/2024\/QĐ-UBND .*\. Cụm từ “mỗi tháng một lần” được thay thế bằng cụm từ “mỗi tháng hai lần” theo quy định tại điểm a khoản 1 Điều 1 của Quyết định số 920\/2025\/QĐ-UBND/);
    expect(s).toMatch(/2\. Quyết định số 920\/2025\/QĐ-UBND .*, có hiệu lực kể từ ngày 01 tháng 7 năm 2025\./);
    // two changes of Điều 1 of the base: one item of the drafted Điều 1, point b (Luật 51/2024's grouping)
    expect(s).toContain('[^2]: Khoản này được bãi bỏ theo quy định tại điểm b khoản 1 Điều 1 của Quyết định số 920/2025/QĐ-UBND');
    // the undated draft is in force on no date
    expect(s).toContain('### Điều 2. Thành phần\n');
  });

  it('without --as-of, every patch of the workspace, the undated draft included', () => {
    const s = at();
    expect(s).toContain('### Điều 2. Thành phần cuộc họp[^3]');
    expect(s).toContain('[^3]: Tên Điều này được sửa đổi theo quy định tại khoản 1 Điều 1 của Quyết định dự thảo sửa đổi');
  });

  it('--with chooses the patches', () => {
    const r = runCli(['export', 'consolidated', '905/2024/QĐ-UBND', '--root', root, ...DATE, '--with', join(root, 'amendments/c-draft.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('mỗi quý một lần');
    expect(r.stdout).toContain('### Điều 2. Thành phần cuộc họp[^1]');
  });
});

describe('export refuses', () => {
  it('a Word file to a terminal (exit 2), but writes it to a pipe', async () => {
    const stdout = new Capture(true);
    const stderr = new Capture();
    const code = await main(['export', 'redline', PATCH, '-f', 'docx'], { cwd: REPO, env: {}, stdout, stderr, fs: nodeFS });
    expect(code).toBe(2);
    expect(stdout.text).toBe('');
    expect(stderr.text).toContain('không in tệp Word ra màn hình');
    const piped = new Capture(false);
    expect(await main(['export', 'redline', PATCH, '-f', 'docx', ...DATE], { cwd: REPO, env: {}, stdout: piped, stderr: new Capture(), fs: nodeFS })).toBe(0);
    expect(piped.text.startsWith('PK')).toBe(true);
  });

  it('anything when a patch does not apply (exit 1, no file)', () => {
    const out = join(tmp(), 'x.md');
    const r = runCli(['export', 'redline', 'amendments/as-printed.yaml', '-o', out], { cwd: join(FIXTURES, 'report-as-printed') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('phrase-not-found');
    expect(r.stderr).toContain('không xuất gì');
    expect(existsSync(out)).toBe(false);
  });

  it('a bad date, and --marks outside Markdown (exit 2)', () => {
    expect(runCli(['export', 'consolidated', '01-QC/TU', '--as-of', '31/13/2025']).code).toBe(2);
    expect(runCli(['export', 'redline', PATCH, '-f', 'html', '--marks', 'plain']).code).toBe(2);
  });

  it('takes the revision date from SOURCE_DATE_EPOCH (reproducible builds)', () => {
    const r = runCli(['export', 'redline', PATCH, '-f', 'json'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(JSON.parse(r.stdout).revision).toEqual({ author: '', date: '2026-01-01T00:00:00Z' });
  });

  it('takes the author of tracked changes from --author, else quyche.yaml\'s author, else its office', () => {
    const root = tmp();
    for (const dir of ['regulations', 'amendments']) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
    const authors = (extra: string[] = []): Set<string> => {
      const bytes = exportTo(['redline', PATCH, ...extra], 'docx', root);
      return new Set(revisions(parseXml(unzipDocx(bytes).get('word/document.xml')!)).map((r) => r.author));
    };
    writeFileSync(join(root, 'quyche.yaml'), 'office: Văn phòng Tỉnh ủy\n');
    expect(authors()).toEqual(new Set(['Văn phòng Tỉnh ủy']));
    writeFileSync(join(root, 'quyche.yaml'), 'office: Văn phòng Tỉnh ủy\nauthor: Nguyễn Văn A\n');
    expect(authors()).toEqual(new Set(['Nguyễn Văn A']));
    expect(authors(['--author', 'Trần Thị B'])).toEqual(new Set(['Trần Thị B']));
  });
});
