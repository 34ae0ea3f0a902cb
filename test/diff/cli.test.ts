/**
 * `quyche diff` on the command line: sides by number, path and stdin; every format; `--propose`
 * with `-o` (never onto an input, and the written patch passes `quyche check`); `--witness` exit
 * codes. In-process on a memory file system, and as a real process where stdin and the exit code
 * cross the process boundary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { STDIN_PATH } from '../../src/cli/commands/diff.js';
import { parseXml, resolvedParagraphs, unzipDocx } from '../helpers/docx.js';
import { MemoryFS, memoryIO } from '../helpers/memory-io.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const OLD = `---
number: 01-QC/VD
type: Quy chế
title: Quy chế thử
---

# QUY CHẾ

### Điều 1. Phạm vi

1. Quy chế này quy định về công tác của Ban Chấp hành trong nhiệm kỳ.

2. Ban Thường vụ chịu trách nhiệm tổ chức thực hiện quy chế này.

3. Các cơ quan tham mưu giúp việc thực hiện đúng chức năng.

### Điều 2. Nhiệm vụ

1. Lãnh đạo toàn diện các mặt công tác của tỉnh theo quy định.

2. Quyết định những vấn đề quan trọng về tổ chức và cán bộ.
`;
const NEW = OLD.replace('Ban Chấp hành trong', 'Ban Chấp hành Đảng bộ tỉnh trong')
  .replace('2. Ban Thường vụ chịu trách nhiệm tổ chức thực hiện quy chế này.\n\n', '')
  .replace('chức năng.\n', 'chức năng.\n\n3a. Văn phòng Tỉnh ủy là cơ quan tham mưu tổng hợp.\n')
  .replace('### Điều 2. Nhiệm vụ', '### Điều 2. Nhiệm vụ và quyền hạn')
  .replace('tổ chức và cán bộ.\n', 'tổ chức và cán bộ.\n\n3. Ban Thường vụ chịu trách nhiệm tổ chức thực hiện quy chế này.\n');

function workspace(): MemoryFS {
  return new MemoryFS({ '/ws/quyche.yaml': 'regulations: regulations\namendments: amendments\n', '/ws/regulations/01-qc-vd.md': OLD, '/ws/ban-sua.md': NEW });
}

async function run(args: string[], fs = workspace()) {
  const io = memoryIO(fs);
  const code = await main(args, io);
  return { code, out: io.out.text, err: io.err.text, fs };
}

describe('quyche diff', () => {
  it('compares a workspace document (by number) with a path, in the look of amend', async () => {
    const r = await run(['diff', '01-QC/VD', 'ban-sua.md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('▸ Khoản 1, Điều 1 [sửa đổi]\n    1. Quy chế này quy định về công tác của Ban Chấp hành {+Đảng bộ tỉnh +}trong nhiệm kỳ.');
    expect(r.out).toContain('▸ Khoản 3a, Điều 1 [bổ sung]');
    expect(r.out).toContain('▸ Khoản 3, Điều 2 [chuyển] ← từ Khoản 2, Điều 1');
    expect(r.out).toContain('4 khác biệt (2 sửa đổi, 1 bổ sung, 1 chuyển)');
    const en = await run(['diff', '01-QC/VD', 'ban-sua.md', '--lang', 'en']);
    expect(en.out).toContain('[moved] ← from Khoản 2, Điều 1');
  });

  it('JSON: findings, and hunks that rebuild both bodies', async () => {
    const r = await run(['diff', 'regulations/01-qc-vd.md', 'ban-sua.md', '-f', 'json']);
    const j = JSON.parse(r.out) as { findings: Array<{ kind: string }>; hunks: Array<{ old: string; new: string }> };
    expect(j.findings.map((f) => f.kind)).toEqual(['modify', 'insert', 'modify', 'move']);
    const body = (s: string): string => s.slice(s.indexOf('---\n', 4) + 4);
    expect(j.hunks.map((h) => h.old).join('')).toBe(body(OLD));
    expect(j.hunks.map((h) => h.new).join('')).toBe(body(NEW));
  });

  it('Markdown and HTML: the redline export, titled as a comparison', async () => {
    const md = await run(['diff', '01-QC/VD', 'ban-sua.md', '-f', 'md']);
    expect(md.out).toContain('BẢN SO SÁNH HAI PHIÊN BẢN');
    expect(md.out).toContain('{++Đảng bộ tỉnh ++}');
    const html = await run(['diff', '01-QC/VD', 'ban-sua.md', '-f', 'html']);
    expect(html.out).toMatch(/^<!DOCTYPE html>/i);
    expect(html.out).toContain('<ins');
  });

  it('Word: tracked changes whose Accept All is the new version and Reject All the old one', async () => {
    const r = await run(['diff', '01-QC/VD', 'ban-sua.md', '-f', 'docx', '-o', 'so-sanh.docx']);
    expect(r.code).toBe(0);
    const doc = parseXml(unzipDocx(r.fs.files.get('/ws/so-sanh.docx')!).get('word/document.xml')!);
    const accept = resolvedParagraphs(doc, 'accept').join('\n');
    const reject = resolvedParagraphs(doc, 'reject').join('\n');
    expect(accept).toContain('Văn phòng Tỉnh ủy là cơ quan tham mưu tổng hợp.');
    expect(accept).toContain('Ban Chấp hành Đảng bộ tỉnh trong');
    expect(reject).not.toContain('Văn phòng Tỉnh ủy');
    expect(reject).toContain('Ban Chấp hành trong nhiệm kỳ');
  });

  it('--propose -o writes the patch, which `quyche check` accepts and `amend` turns into the new version', async () => {
    const fs = workspace();
    const r = await run(['diff', '01-QC/VD', 'ban-sua.md', '--propose', '-o', 'amendments/de-xuat.yaml'], fs);
    expect(r.err).toContain('đã ghi amendments/de-xuat.yaml (4 thay đổi)');
    expect(r.code).toBe(0);
    const yaml = fs.text('/ws/amendments/de-xuat.yaml')!;
    expect(yaml).toContain('amends: 01-QC/VD');
    expect(yaml).toContain('op: insert_phrase');
    expect(yaml).toContain('op: move');
    const check = await run(['check'], fs);
    expect(check.code).toBe(0);
    const amend = await run(['amend', 'amendments/de-xuat.yaml', '-o', 'ket-qua.md'], fs);
    expect(amend.code).toBe(0);
    expect(fs.text('/ws/ket-qua.md')).toBe(NEW);
  });

  it('-o never overwrites an input', async () => {
    const fs = workspace();
    const r = await run(['diff', '01-QC/VD', 'ban-sua.md', '--propose', '-o', 'ban-sua.md'], fs);
    expect(r.code).toBe(2);
    expect(fs.text('/ws/ban-sua.md')).toBe(NEW);
    const r2 = await run(['diff', '01-QC/VD', 'ban-sua.md', '-o', 'regulations/01-qc-vd.md'], fs);
    expect(r2.code).toBe(2);
    expect(fs.text('/ws/regulations/01-qc-vd.md')).toBe(OLD);
  });

  it('reads one side from stdin (-), never both', async () => {
    const fs = workspace();
    fs.set(STDIN_PATH, NEW);
    const r = await run(['diff', '01-QC/VD', '-', '-f', 'json'], fs);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { findings: unknown[] }).findings).toHaveLength(4);
    expect((await run(['diff', '-', '-'], fs)).code).toBe(2);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['diff', '01-QC/VD', 'ban-sua.md', '--propose', '--witness'])).code).toBe(2);
    expect((await run(['diff', '01-QC/VD', 'ban-sua.md', '--propose', '-f', 'md'])).code).toBe(2);
    expect((await run(['diff', '01-QC/VD', 'khong-co.md'])).code).toBe(2);
  });

  it('--witness exits 1 on a wording or unit difference, 0 on case and punctuation only', async () => {
    const r = await run(['diff', '01-QC/VD', 'ban-sua.md', '--witness']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^câu chữ\s+Khoản 1, Điều 1: .*\{\+Đảng bộ tỉnh \+\}/m);
    expect(r.out).toMatch(/^đơn vị\s+— ↔ Khoản 3a, Điều 1: \{\+3a\. Văn phòng/m);
    const fs = workspace();
    fs.set('/ws/ban-sua.md', OLD.replace('Ban Thường vụ chịu', 'Ban thường vụ chịu').replace('chức năng.', 'chức năng..'));
    const minor = await run(['diff', '01-QC/VD', 'ban-sua.md', '--witness'], fs);
    expect(minor.out).toContain('chữ hoa  Khoản 2, Điều 1: Ban [-Thường-]{+thường+} vụ chịu');
    expect(minor.out).toContain('dấu câu  Khoản 3, Điều 1:');
    expect(minor.code).toBe(0);
  });
});

describe('as a process', () => {
  const move = join(FIXTURES, 'diff/move');
  it('reads stdin; under --witness a move alone is an order difference, not of substance (exit 0)', () => {
    const r = runCli(['diff', join(move, 'old.md'), '-', '--witness'], { input: readFileSync(join(move, 'new.md'), 'utf8') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('thứ tự  Khoản 3, Điều 3 ↔ Khoản 4, Điều 6');
    expect(r.code).toBe(0);
  });
  it('propose on renumbering in place exits 1 with the reason, writing nothing', () => {
    const ren = join(FIXTURES, 'diff/renumber');
    const r = runCli(['diff', join(ren, 'old.md'), join(ren, 'new.md'), '--propose', '-o', '/tmp/quyche-diff-never.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('được đánh số lại tại chỗ');
    expect(() => readFileSync('/tmp/quyche-diff-never.yaml')).toThrow();
  });
});
