/**
 * The catalogue of hostile inputs and hostile file systems (issue 10), as one table: each case
 * sets up a workspace on disk, runs a command, and states the exit code, what stderr must say,
 * and which files may change — every other file (dot files included) must keep its exact bytes.
 * Permission cases run through the IO seam (tests run as root in CI, and root ignores modes);
 * the real-permission variants run only when not root, and their names say so.
 */
import { promises as fsp, rmSync, mkdirSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileIO } from '../../src/cli/io.js';
import { createNodeFS } from '../../src/cli/node-io.js';
import { cleanup, hashTree, IS_ROOT, run, tmpDir, workspace, type InProcessRun } from './harness.js';

const REG = 'regulations/qd-12-2025.md';
const NUMBER = '12/2025/QĐ-UBND';

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
  };
  return Object.assign(new Error(`${code}: ${messages[code] ?? code}, ${syscall}${path ? ` '${path}'` : ''}`), { code, syscall, path, errno: -1 });
}

/** node:fs whose writes into temporary files fail with ENOSPC after a partial write (a full disk). */
function diskFull(): FileIO {
  return createNodeFS({
    open: async (path, flags, mode) => {
      const h = await fsp.open(path, flags, mode);
      if (!String(path).includes('.quyche-tmp-')) return h;
      return new Proxy(h, {
        get(target, key) {
          if (key === 'writeFile' || key === 'write')
            return async (data: Uint8Array | string) => {
              await target.write(Buffer.from(data).subarray(0, 10));
              throw errno('ENOSPC', 'write');
            };
          const v = Reflect.get(target, key) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  });
}

/** node:fs whose third temporary file hits a full disk (the first two writes succeed). */
function diskFullOnThird(): FileIO {
  let n = 0;
  return createNodeFS({
    open: async (path, flags, mode) => {
      if (String(path).includes('.quyche-tmp-') && ++n === 3) throw errno('ENOSPC', 'open', String(path));
      return fsp.open(path, flags, mode);
    },
  });
}

/** node:fs where reading `name` fails with EACCES (what a chmod 000 file gives a non-root user). */
function unreadable(name: string): FileIO {
  return createNodeFS({
    readFile: (async (path: Parameters<typeof fsp.readFile>[0], options?: Parameters<typeof fsp.readFile>[1]) => {
      if (String(path).endsWith(name)) throw errno('EACCES', 'open', String(path));
      return fsp.readFile(path, options);
    }) as typeof fsp.readFile,
  });
}

/** node:fs where creating anything under `dir` fails with EACCES (a read-only folder). */
function readOnly(dirSuffix: string): FileIO {
  const denied = (p: unknown): boolean => String(p).includes(dirSuffix);
  return createNodeFS({
    open: async (path, flags, mode) => {
      if (denied(path) && /[wa]/.test(String(flags))) throw errno('EACCES', 'open', String(path));
      return fsp.open(path, flags, mode);
    },
    mkdir: (async (path: Parameters<typeof fsp.mkdir>[0], options?: Parameters<typeof fsp.mkdir>[1]) => {
      if (denied(path)) throw errno('EACCES', 'mkdir', String(path));
      return fsp.mkdir(path, options);
    }) as typeof fsp.mkdir,
  });
}

/** node:fs where somebody saves the regulation in an editor while our temporary file is written. */
function editedDuringWrite(dir: string): FileIO {
  return createNodeFS({
    open: async (path, flags, mode) => {
      const h = await fsp.open(path, flags, mode);
      if (String(path).includes('.quyche-tmp-')) writeFileSync(join(dir, REG), `${readFileSync(join(dir, REG), 'utf8')}\n<!-- edited meanwhile -->\n`);
      return h;
    },
  });
}

interface Case {
  name: string;
  /** the point of issue 10 it shows, or the input class */
  point: string;
  /** the fixture folder copied (default ws-amend; '' for an empty folder) */
  ws?: string;
  setup?: (dir: string) => void;
  args: string[] | ((dir: string) => string[]);
  fs?: (dir: string) => FileIO;
  code: 0 | 1 | 2;
  /** the diagnostic code or words stderr must hold */
  stderr?: RegExp;
  notStderr?: RegExp;
  stdout?: RegExp;
  /** files (relative) allowed to change or appear; every other file keeps its hash */
  changes?: string[];
  after?: (dir: string, r: InProcessRun) => void;
}

const noTemp = (dir: string): void => {
  const all = Object.keys(hashTree(dir));
  expect(all.filter((p) => /\.quyche-(tmp|lock)/.test(p))).toEqual([]);
};

const write = (dir: string, rel: string, data: string | Uint8Array): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), data);
};

const CASES: Case[] = [
  // ── 1. -o never destroys an input ────────────────────────────────────────
  { point: '1', name: '-o onto the patch itself is refused', args: ['amend', 'amendments/ok.yaml', '-o', 'amendments/ok.yaml'], code: 2, stderr: /amendments\/ok\.yaml/ },
  { point: '1', name: '-o onto another patch given on the command line is refused', args: ['amend', 'amendments/ok.yaml', 'amendments/more.yaml', '-o', './amendments/../amendments/more.yaml'], code: 2, stderr: /more\.yaml/ },
  { point: '1', name: '-o onto quyche.yaml is refused', setup: (d) => write(d, 'quyche.yaml', 'author: Văn phòng\n'), args: ['amend', 'amendments/ok.yaml', '-o', 'quyche.yaml'], code: 2, stderr: /quyche\.yaml/ },
  { point: '1', name: '-o onto a quyche.yaml that does not exist yet is refused too', args: ['amend', 'amendments/ok.yaml', '-o', 'quyche.yaml'], code: 2, stderr: /quyche\.yaml/, after: (d) => expect(existsSync(join(d, 'quyche.yaml'))).toBe(false) },
  { point: '1', name: 'export consolidated -o onto a patch is refused', args: ['export', 'consolidated', NUMBER, '--with', 'amendments/ok.yaml', '-o', 'amendments/ok.yaml'], code: 2, stderr: /ok\.yaml/ },
  { point: '1', name: 'export consolidated -o onto a workspace patch (read, not named) is refused', setup: (d) => rmSync(join(d, 'amendments/bad.yaml')), args: ['export', 'consolidated', NUMBER, '-o', 'amendments/more.yaml'], code: 2, stderr: /more\.yaml/ },
  { point: '1', name: 'export redline -o onto the regulation is refused', args: ['export', 'redline', 'amendments/ok.yaml', '-o', REG], code: 2, stderr: /qd-12-2025\.md/ },
  {
    point: '1',
    name: '-o through a symlink to the patch is refused',
    setup: (d) => symlinkSync(join(d, 'amendments/ok.yaml'), join(d, 'link.yaml')),
    args: ['amend', 'amendments/ok.yaml', '-o', 'link.yaml'],
    code: 2,
    stderr: /link\.yaml/,
  },
  {
    point: '1',
    name: '-o onto another regulation of the workspace is refused',
    setup: (d) => write(d, 'regulations/other.md', '---\nnumber: 99/2025/QĐ-UBND\n---\n\n### Điều 1. Một\n\nNội dung.\n'),
    args: ['amend', 'amendments/ok.yaml', '-o', 'regulations/other.md'],
    code: 2,
    stderr: /other\.md/,
  },
  {
    point: '1',
    name: '-o onto the amended regulation means --write (and writes it)',
    args: ['amend', 'amendments/ok.yaml', '-o', REG],
    code: 0,
    changes: [REG],
    after: (d) => {
      expect(readFileSync(join(d, REG), 'utf8')).toContain('d1) được số hóa theo quy định.');
      noTemp(d);
    },
  },
  {
    point: '1',
    name: '-o onto the amended regulation keeps the changed-since-read check of --write',
    args: ['amend', 'amendments/ok.yaml', '-o', REG],
    fs: editedDuringWrite,
    code: 1,
    stderr: /đã bị sửa từ khi đọc/,
    changes: [REG],
    after: (d) => {
      expect(readFileSync(join(d, REG), 'utf8')).toContain('edited meanwhile');
      expect(readFileSync(join(d, REG), 'utf8')).not.toContain('d1)');
      noTemp(d);
    },
  },
  // ── 2. -o onto symlinks and special files ────────────────────────────────
  {
    point: '2',
    name: '-o onto a symlink writes its target and keeps the link',
    setup: (d) => {
      write(d, 'out/real.md', 'old\n');
      symlinkSync('real.md', join(d, 'out/link.md'));
    },
    args: ['amend', 'amendments/ok.yaml', '-o', 'out/link.md'],
    code: 0,
    changes: ['out/real.md'],
    after: (d) => {
      expect(readFileSync(join(d, 'out/real.md'), 'utf8')).toContain('d1) được số hóa');
      noTemp(d);
    },
  },
  // ── 3. --write and a concurrent edit / a second writer ───────────────────
  {
    point: '3',
    name: '--write refuses when the file is edited while the temporary file is written',
    args: ['amend', 'amendments/ok.yaml', '--write'],
    fs: editedDuringWrite,
    code: 1,
    stderr: /đã bị sửa từ khi đọc/,
    changes: [REG],
    after: (d) => {
      expect(readFileSync(join(d, REG), 'utf8')).toContain('edited meanwhile');
      noTemp(d);
    },
  },
  {
    point: '3',
    name: '--write refuses a second writer holding regulations/.quyche.lock',
    setup: (d) => write(d, 'regulations/.quyche.lock', `${process.pid}\n`),
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 2,
    stderr: /\.quyche\.lock/,
  },
  {
    point: '3',
    name: '--write takes over a stale lock (its process is gone) and removes it',
    setup: (d) => write(d, 'regulations/.quyche.lock', '2147483646\n'),
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 0,
    changes: [REG, 'regulations/.quyche.lock'],
    after: (d) => noTemp(d),
  },
  // ── 4. a full disk leaves nothing behind ─────────────────────────────────
  { point: '4', name: '--write on a full disk: exit 2, reason, no temporary file', args: ['amend', 'amendments/ok.yaml', '--write'], fs: diskFull, code: 2, stderr: /qd-12-2025\.md.*(ENOSPC|đầy)/, after: noTemp },
  { point: '4', name: '-o on a full disk: exit 2, reason, no temporary file', args: ['amend', 'amendments/ok.yaml', '-o', 'amended.md'], fs: diskFull, code: 2, stderr: /amended\.md.*(ENOSPC|đầy)/, after: noTemp },
  { point: '4', name: 'export -f docx on a full disk: exit 2, reason, no temporary file', args: ['export', 'redline', 'amendments/ok.yaml', '-f', 'docx', '-o', 'r.docx', '--date', '2026-01-01'], fs: diskFull, code: 2, stderr: /r\.docx.*(ENOSPC|đầy)/, after: noTemp },
  { point: '4', name: 'init on a full disk: exit 2, no file half-written, no temporary file', ws: '', args: ['init', 'ws'], fs: diskFull, code: 2, stderr: /ENOSPC|đầy/, after: noTemp, changes: ['*'] },
  {
    point: '4',
    name: 'init whose third file hits a full disk takes back the two it wrote',
    ws: '',
    args: ['init', 'ws'],
    fs: diskFullOnThird,
    code: 2,
    stderr: /ENOSPC|đầy/,
    changes: ['*'],
    after: (d) => {
      expect(Object.keys(hashTree(d))).toEqual([]); // no file at all (empty folders may stay)
      // and init can simply be run again
    },
  },
  // ── 5. regulations outside the workspace ─────────────────────────────────
  {
    point: '5',
    name: 'regulations: ../outside — amend reads it, --write refuses to rewrite outside the workspace',
    setup: (d) => {
      mkdirSync(join(d, 'ws'));
      renameSync(join(d, 'amendments'), join(d, 'ws/amendments'));
      renameSync(join(d, 'regulations'), join(d, 'outside'));
      write(d, 'ws/quyche.yaml', 'regulations: ../outside\n');
    },
    args: (d) => ['amend', join(d, 'ws/amendments/ok.yaml'), '--write', '--root', join(d, 'ws')],
    code: 2,
    stderr: /ngoài thư mục làm việc/,
  },
  {
    point: '5',
    name: 'regulations: ../outside — amend without --write works',
    setup: (d) => {
      mkdirSync(join(d, 'ws'));
      renameSync(join(d, 'amendments'), join(d, 'ws/amendments'));
      renameSync(join(d, 'regulations'), join(d, 'outside'));
      write(d, 'ws/quyche.yaml', 'regulations: ../outside\n');
    },
    args: (d) => ['amend', join(d, 'ws/amendments/ok.yaml'), '--root', join(d, 'ws')],
    code: 0,
    stdout: /d1\) được số hóa/,
  },
  {
    point: '5',
    name: 'regulations: ../outside — check reads it without a workspace warning (a deliberate choice)',
    setup: (d) => {
      mkdirSync(join(d, 'ws'));
      renameSync(join(d, 'amendments'), join(d, 'ws/amendments'));
      rmSync(join(d, 'ws/amendments/bad.yaml'));
      renameSync(join(d, 'regulations'), join(d, 'outside'));
      write(d, 'ws/quyche.yaml', 'regulations: ../outside\n');
    },
    args: (d) => ['check', join(d, 'ws/amendments/ok.yaml'), '--root', join(d, 'ws')],
    code: 0,
    stderr: /0 lỗi · 1 cảnh báo/,
    notStderr: /ngoài thư mục làm việc|workspace/,
  },
  {
    point: '5',
    name: 'a symlinked regulation inside the workspace is followed (and --write writes its target)',
    setup: (d) => {
      mkdirSync(join(d, 'store'));
      renameSync(join(d, REG), join(d, 'store/qd.md'));
      symlinkSync('../store/qd.md', join(d, REG));
    },
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 0,
    changes: ['store/qd.md'],
    after: (d) => expect(readFileSync(join(d, 'store/qd.md'), 'utf8')).toContain('d1) được số hóa'),
  },
  {
    point: '5',
    name: 'a symlinked regulation pointing outside the workspace: said, read, and not rewritten',
    setup: (d) => {
      const outside = tmpDir();
      renameSync(join(d, REG), join(outside, 'qd.md'));
      symlinkSync(join(outside, 'qd.md'), join(d, REG));
    },
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 2,
    stderr: /ngoài thư mục làm việc/,
  },
  {
    point: '5',
    name: 'a symlinked regulation pointing outside is reported by check',
    setup: (d) => {
      const outside = tmpDir();
      renameSync(join(d, REG), join(outside, 'qd.md'));
      symlinkSync(join(outside, 'qd.md'), join(d, REG));
    },
    args: ['check', 'amendments/ok.yaml'],
    code: 0,
    stderr: /ngoài thư mục làm việc/,
  },
  // ── 6. workspace errors block amend and export ───────────────────────────
  {
    point: '6',
    name: 'two regulations with one number: amend --write writes nothing',
    setup: (d) => write(d, 'regulations/copy.md', readFileSync(join(d, REG))),
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 1,
    stderr: /workspace/,
  },
  {
    point: '6',
    name: 'two regulations with one number: export writes nothing',
    setup: (d) => write(d, 'regulations/copy.md', readFileSync(join(d, REG))),
    args: ['export', 'redline', 'amendments/ok.yaml', '-o', 'r.md'],
    code: 1,
    stderr: /workspace/,
  },
  // ── 9. I/O errors are located messages ───────────────────────────────────
  { point: '9', name: 'an unreadable patch (EACCES): path and reason, exit 2', args: ['amend', 'amendments/ok.yaml'], fs: () => unreadable('ok.yaml'), code: 2, stderr: /amendments\/ok\.yaml.*(EACCES|quyền)/, notStderr: /nội bộ|internal/ },
  { point: '9', name: 'an unreadable regulation (EACCES): path and reason, exit 2', args: ['check'], fs: () => unreadable('qd-12-2025.md'), code: 2, stderr: /qd-12-2025\.md.*(EACCES|quyền)/, notStderr: /nội bộ|internal/ },
  { point: '9', name: '--root pointing to a file', args: ['check', '--root', REG], code: 2, stderr: /qd-12-2025\.md.*thư mục/, notStderr: /nội bộ|internal/ },
  { point: '9', name: '--root that does not exist', args: ['check', '--root', '/nonexistent-quyche'], code: 2, stderr: /nonexistent-quyche/, notStderr: /không có vấn đề/ },
  { point: '9', name: 'a patch that does not exist: the reason is said', args: ['amend', 'missing.yaml'], code: 2, stderr: /missing\.yaml.*không tồn tại/ },
  { point: '9', name: 'init onto a file', ws: '', setup: (d) => write(d, 'f', 'x'), args: ['init', 'f'], code: 2, stderr: /\bf\b.*(ENOTDIR|EEXIST|thư mục)/, notStderr: /nội bộ|internal/ },
  { point: '9', name: 'init into a read-only folder (through the IO seam)', ws: '', setup: (d) => mkdirSync(join(d, 'ro')), args: ['init', 'ro'], fs: () => readOnly('/ro'), code: 2, stderr: /ro.*(EACCES|quyền)/, notStderr: /nội bộ|internal/ },
  // ── 13. already applied: nothing written, nothing claimed ────────────────
  {
    point: '13',
    name: 'an already-applied patch does not say "wrote" and does not touch the file',
    setup: () => {
      // the regulation as amended by ok.yaml, made by a first run below
    },
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 0,
    changes: [REG],
  },
  { point: '13', name: '-o "" is a usage error', args: ['amend', 'amendments/ok.yaml', '-o', ''], code: 2, stderr: /-o/ },
  { point: '13', name: 'export -o "" is a usage error', args: ['export', 'redline', 'amendments/ok.yaml', '-o', ''], code: 2, stderr: /-o/ },
  // ── 12. phrase and unit texts cannot smuggle structure in ────────────────
  {
    point: '12',
    name: 'replace_phrase whose with: holds an article heading is refused at with:',
    setup: (d) => write(d, 'p.yaml', `quyche: 1\nid: p\namends: ${NUMBER}\nchanges:\n  - op: replace_phrase\n    target: khoản 1 Điều 2\n    find: tất cả các loại văn bản\n    with: "các văn bản\\n\\n### Điều 9. Điều cài thêm\\n\\nNội dung."\n`),
    args: ['amend', 'p.yaml', '--write'],
    code: 1,
    stderr: /p\.yaml\n\s+8:11\s+lỗi\s+label-conflict .*Điều 9\./,
  },
  {
    point: '12',
    name: 'insert_phrase whose text: starts a new clause on its own line is refused at text:',
    setup: (d) => write(d, 'p.yaml', `quyche: 1\nid: p\namends: ${NUMBER}\nchanges:\n  - op: insert_phrase\n    target: khoản 1 Điều 2\n    after: cơ quan ban hành\n    text: "mới\\n9. Khoản cài thêm."\n`),
    args: ['amend', 'p.yaml', '--write'],
    code: 1,
    stderr: /8:11\s+lỗi\s+label-conflict .*9\./,
  },
  {
    point: '12',
    name: 'replace whose text: carries a second unit (an article after the clause) is refused at text:',
    setup: (d) => write(d, 'p.yaml', `quyche: 1\nid: p\namends: ${NUMBER}\nchanges:\n  - op: replace\n    target: khoản 1 Điều 2\n    text: "1. Văn bản đi là văn bản do cơ quan ban hành.\\n\\n### Điều 9. Điều cài thêm\\n\\nNội dung."\n`),
    args: ['amend', 'p.yaml', '--write'],
    code: 1,
    stderr: /7:11\s+lỗi\s+label-conflict .*Điều 9\./,
  },
  {
    point: '12',
    name: 'insert whose text: carries two clauses is refused at text:',
    setup: (d) => write(d, 'p.yaml', `quyche: 1\nid: p\namends: ${NUMBER}\nchanges:\n  - op: insert\n    after: khoản 1 Điều 2\n    text: "1a. Một.\\n1b. Hai."\n`),
    args: ['amend', 'p.yaml', '--write'],
    code: 1,
    stderr: /7:11\s+lỗi\s+label-conflict .*1b\./,
  },
  {
    point: '12',
    name: 'a unit text with its own sub-units is still fine',
    setup: (d) => write(d, 'p.yaml', `quyche: 1\nid: p\namends: ${NUMBER}\nchanges:\n  - op: insert\n    after: khoản 1 Điều 2\n    text: "1a. Gồm:\\na) Một;\\nb) Hai."\n`),
    args: ['amend', 'p.yaml', '--write'],
    code: 0,
    changes: [REG],
  },
  // ── 14. a newcomer's typos get a way forward ─────────────────────────────
  { point: '14', name: 'amnd: did you mean amend?', args: ['amnd', 'amendments/ok.yaml'], code: 2, stderr: /amnd — có phải ý bạn là amend\?\nxem: quyche --help\n$/ },
  { point: '14', name: '--wrte: did you mean --write?', args: ['amend', 'amendments/ok.yaml', '--wrte'], code: 2, stderr: /--wrte — có phải ý bạn là --write\?\nxem: quyche amend --help\n$/ },
  { point: '14', name: 'export redlin: did you mean export redline?', args: ['export', 'redlin', 'amendments/ok.yaml'], code: 2, stderr: /redlin — có phải ý bạn là export redline\?\nxem: quyche export --help\n$/ },
  { point: '14', name: 'export redline -f pdf points to quyche export redline --help', args: ['export', 'redline', 'amendments/ok.yaml', '-f', 'pdf', '--lang', 'en'], code: 2, stderr: /\nsee: quyche export redline --help\n$/ },
  {
    point: '14',
    name: 'init outside the clone prints a command that works there (not a bare npx quyche)',
    ws: '',
    args: ['init', 'ws', '--lang', 'en'],
    code: 0,
    changes: ['*'],
    stderr: /Next: cd ws && node \/\S+\/bin\/quyche\.js check /,
  },
  // ── hostile inputs ───────────────────────────────────────────────────────
  { point: 'input', name: 'an empty patch', setup: (d) => write(d, 'p.yaml', ''), args: ['check', 'p.yaml'], code: 1, stderr: /yaml-syntax/ },
  { point: 'input', name: 'a binary patch', setup: (d) => write(d, 'p.yaml', Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x89])), args: ['check', 'p.yaml'], code: 1, stderr: /encoding/ },
  {
    point: 'input',
    name: 'a YAML alias bomb is refused',
    setup: (d) => write(d, 'p.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n`),
    args: ['check', 'p.yaml'],
    code: 1,
    stderr: /yaml-syntax/,
  },
  { point: 'input', name: 'duplicate keys', setup: (d) => write(d, 'p.yaml', `quyche: 1\namends: ${NUMBER}\namends: ${NUMBER}\nchanges: []\n`), args: ['check', 'p.yaml'], code: 1, stderr: /3:1.*yaml-syntax/ },
  { point: 'input', name: '__proto__ keys are unknown fields, not prototype pollution', setup: (d) => write(d, 'p.yaml', `quyche: 1\namends: ${NUMBER}\n__proto__: { polluted: 1 }\nchanges:\n  - op: repeal\n    target: Điều 1\n    __proto__: { x: 1 }\n`), args: ['check', 'p.yaml'], code: 1, stderr: /schema/, after: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined() },
  { point: 'input', name: 'an empty regulation is a warning, not a crash', setup: (d) => write(d, 'regulations/empty.md', ''), args: ['outline', 'regulations/empty.md'], code: 0, stderr: /encoding/ },
  { point: 'input', name: 'a binary regulation', setup: (d) => write(d, 'regulations/bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff])), args: ['outline', 'regulations/bin.md'], code: 1, stderr: /encoding/ },
  { point: 'input', name: 'a legacy (VNI/TCVN3) regulation is named', setup: (d) => write(d, 'regulations/old.md', Buffer.from('### \xd0i\xeau 1. Ph\xb9m vi \xae\xdeu ch\xdenh\n\nQuy \xae\xfenh n\xb5y.\n', 'latin1')), args: ['outline', 'regulations/old.md'], code: 1, stderr: /encoding/ },
  { point: 'input', name: 'a regulation over the size limit', setup: (d) => write(d, 'regulations/huge.md', Buffer.alloc(50 * 1024 * 1024 + 1, 0x61)), args: ['outline', 'regulations/huge.md'], code: 1, stderr: /encoding.*50/ },
  {
    point: 'input',
    name: 'an NFD, CRLF, BOM regulation amends byte-for-byte outside the change',
    setup: (d) => {
      const text = readFileSync(join(d, REG), 'utf8').normalize('NFD').replace(/\n/g, '\r\n');
      write(d, REG, `\uFEFF${text}`);
    },
    args: ['amend', 'amendments/ok.yaml', '--write'],
    code: 0,
    changes: [REG],
    after: (d) => {
      const after = readFileSync(join(d, REG), 'utf8');
      expect(after.startsWith('\uFEFF')).toBe(true);
      expect(after).toContain('Quy định này quy định về công tác văn thư của cơ quan.'.normalize('NFD'));
      expect(after.split('\r\n').length).toBeGreaterThan(10);
    },
  },
  {
    point: 'input',
    name: 'a zero-width space in the patch still matches (invisibles are ignored for matching)',
    setup: (d) => write(d, 'amendments/ok.yaml', readFileSync(join(d, 'amendments/ok.yaml'), 'utf8').replace('tất cả các loại văn bản', 'tất cả\u200b các loại văn bản')),
    args: ['amend', 'amendments/ok.yaml'],
    code: 0,
    stdout: /các văn bản/,
  },
];

describe('the reliability catalogue', () => {
  afterAll(cleanup);
  for (const c of CASES) {
    it(`[${c.point}] ${c.name}`, async () => {
      const dir = c.ws === '' ? tmpDir() : workspace(c.ws ?? 'ws-amend');
      c.setup?.(dir);
      if (c.name.startsWith('an already-applied')) expect((await run(['amend', 'amendments/ok.yaml', '--write', '-q'], dir)).code).toBe(0);
      const before = hashTree(dir);
      const args = typeof c.args === 'function' ? c.args(dir) : c.args;
      const r = await run(args, dir, c.fs ? c.fs(dir) : undefined);
      if (r.code !== c.code) throw new Error(`exit ${r.code}, expected ${c.code}\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`);
      if (c.stderr) expect(r.stderr).toMatch(c.stderr);
      if (c.notStderr) expect(r.stderr).not.toMatch(c.notStderr);
      if (c.stdout) expect(r.stdout).toMatch(c.stdout);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
      if (c.name.startsWith('an already-applied')) {
        expect(r.stderr).not.toMatch(/đã ghi/);
        expect(hashTree(dir)).toEqual(before);
      } else if (!c.changes?.includes('*')) {
        const after = hashTree(dir);
        const allowed = new Set(c.changes ?? []);
        for (const p of new Set([...Object.keys(before), ...Object.keys(after)])) if (!allowed.has(p)) expect({ [p]: after[p] }).toEqual({ [p]: before[p] });
      }
      c.after?.(dir, r);
    });
  }
});

describe('real permissions (only meaningful when not root: root ignores file modes)', () => {
  afterAll(cleanup);
  it.skipIf(IS_ROOT)('a chmod 000 patch is an I/O error with path and reason [skipped as root: root reads mode-000 files; the IO-seam case above covers it]', async () => {
    const dir = workspace();
    chmodSync(join(dir, 'amendments/ok.yaml'), 0);
    const r = await run(['amend', 'amendments/ok.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ok\.yaml.*EACCES|quyền/);
  });
  it.skipIf(IS_ROOT)('init into a chmod 555 folder is an I/O error [skipped as root: root writes into mode-555 folders; the IO-seam case above covers it]', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const r = await run(['init', 'ro'], dir);
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'ro'))).toEqual([]);
  });
});
