/**
 * The Word exports opened by a real word processor: `libreoffice --headless --convert-to pdf`
 * (Debian's libreoffice-writer-nogui, installed by .ci/run), then `pdftotext` (poppler-utils).
 * Each converts, and the PDF holds the passages it must: the redline both the removed and the
 * added words (LibreOffice prints tracked changes), the consolidated text its footnotes, the table
 * its columns.
 *
 * Without libreoffice and pdftotext these tests are skipped with a warning — unless
 * QUYCHE_REQUIRE_TOOLS=1 (set by .ci/run), where their absence fails them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';

const REQUIRED = process.env.QUYCHE_REQUIRE_TOOLS === '1';
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const AVAILABLE = has('libreoffice') && has('pdftotext');
if (!AVAILABLE && !REQUIRED) console.warn('[quyche tests] libreoffice or pdftotext not found: Word-to-PDF tests SKIPPED (apt-get install libreoffice-writer-nogui poppler-utils)');

const PATCH = 'amendments/sua-doi-qc-01-tu.yaml';

/** Export as .docx, convert to PDF with LibreOffice, return the PDF's path. */
function toPdf(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'quyche-lo-'));
  const docx = join(dir, 'out.docx');
  const r = runCli(['export', ...args, '-f', 'docx', '--date', '2026-11-25', '-o', docx]);
  expect(r.code).toBe(0);
  // a profile of its own, so that conversions running side by side do not lock each other out
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const lo = spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
  expect(lo.status, lo.stderr).toBe(0);
  const pdf = join(dir, 'out.pdf');
  expect(existsSync(pdf)).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  return pdf;
}

/** The text of a PDF (or of one of its pages), as pdftotext gives it. */
function textOf(pdf: string, page?: number): string {
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  return text.stdout;
}

/** Export as .docx, convert to PDF with LibreOffice, return the PDF's text, whitespace folded. */
function pdfText(args: string[]): string {
  return textOf(toPdf(args)).replace(/\s+/g, ' ');
}

describe.skipIf(!AVAILABLE && !REQUIRED)('Word exports through LibreOffice', () => {
  it('the redline converts, with the removed and the added words', () => {
    const s = pdfText(['redline', PATCH]);
    expect(s).toContain('BẢN ĐỐI CHIẾU SỬA ĐỔI, BỔ SUNG');
    expect(s).toContain('Chủ tịch UBND tỉnh, Trưởng Đoàn đại biểu Quốc hội tỉnh; nhân sự chỉ định bổ sung Ủy viên Ban Chấp hành Đảng bộ tỉnh');
    expect(s).toContain('3a. Hàng năm, cuối nhiệm kỳ, Ban Chấp hành Đảng bộ tỉnh chủ trì tổng kết');
    expect(s).toContain('dành ít nhất 1/3 thời gianchủ động bố trí thời gian phù hợp');
  }, 120_000);

  it('the consolidated text converts, with its footnotes', () => {
    const s = pdfText(['consolidated', '01-QC/TU']);
    expect(s).toContain('được sửa đổi, bổ sung bởi');
    expect(s).toContain('Khoản này được bổ sung theo quy định tại Điểm đ, Khoản 1, Điều 1 của Quy chế sửa đổi, bổ sung');
    // the body reads the amended wording (the old one is quoted only in the footnotes)
    expect(s).toContain('Chủ tịch UBND tỉnh; nhân sự chỉ định bổ sung');
    expect(s).not.toContain('Chủ tịch UBND tỉnh, Trưởng Đoàn');
  }, 120_000);

  it('pages are numbered at the top from the second page on (Nghị định 30/2020)', () => {
    const pdf = toPdf(['consolidated', '01-QC/TU']);
    const first = textOf(pdf, 1).trim().split('\n');
    const second = textOf(pdf, 2).trim().split('\n');
    expect(first[0]).toContain('QUY CHẾ');
    expect(second[0]!.trim()).toBe('2');
  }, 120_000);

  it('the comparison table converts, with its columns', () => {
    const s = pdfText(['table', PATCH]);
    for (const col of ['Quy định hiện hành', 'Dự thảo sửa đổi, bổ sung', 'Thuyết minh']) expect(s).toContain(col);
    expect(s).toContain('(bổ sung mới)');
    // the last column is on the page, not cut off at its edge (the thuyết minh, a statement)
    expect(s).toContain('Đề nghị bỏ nội dung giới thiệu nhân sự ứng cử chức danh Trưởng Đoàn đại biểu Quốc hội tỉnh');
  }, 120_000);
});

