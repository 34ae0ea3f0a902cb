/**
 * A workspace: the nearest folder up holding `quyche.yaml` or `regulations/`. Every Markdown file
 * under `regulations/` (any depth) is a document, indexed by its number. Two files with the same
 * number, or a file with no number, are diagnostics, not crashes.
 *
 * The core never touches the file system itself: it reads through `WorkspaceIO`, which the CLI
 * implements with node:fs and tests implement in memory.
 */
import { posix } from 'node:path';
import { numberKey } from '../citation/docnumber.js';
import { diagnosticAt, diagnosticForFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RegulationDocument } from '../document/model.js';
import { parseRegulation } from '../document/parse.js';
import { decodeText } from '../text/decode.js';
import { keyOf } from '../text/normalize.js';
import { SourceText } from '../text/source.js';
import { loadYaml } from '../util/fastyaml.js';

const { dirname, isAbsolute } = posix;

export interface WorkspaceIO {
  /** bytes of a file, or undefined when it does not exist */
  read(path: string): Promise<Uint8Array | undefined>;
  /** every file under a folder, recursively, as paths joined to `dir`; [] when absent */
  list(dir: string): Promise<string[]>;
  isDirectory(path: string): Promise<boolean>;
  isFile(path: string): Promise<boolean>;
  /** the canonical path (symlinks resolved), where the file system has links */
  realpath?(path: string): Promise<string>;
}

export interface WorkspaceConfig {
  regulations: string;
  amendments: string;
  /** author of tracked changes in Word exports */
  author?: string;
  /** the unit that drafts, consolidates and signs (cơ quan, đơn vị: "Văn phòng Tỉnh ủy") */
  office?: string;
  /** the place name of "…, ngày … tháng … năm …" (địa danh: "Thanh Hóa") */
  place?: string;
  /** the signature block: role lines ("T/M TỈNH ỦY", "BÍ THƯ") and the signer's name */
  signer?: { role?: string[]; name?: string };
}

export interface Workspace {
  root: string;
  /** the root's canonical path (symlinks resolved), when the file system says */
  realRoot?: string;
  /** documents whose file lies outside the workspace (symlinked or configured there): path → canonical path */
  outside?: Map<string, string>;
  config: WorkspaceConfig;
  documents: RegulationDocument[];
  diagnostics: Diagnostic[];
}

export const CONFIG_FILE = 'quyche.yaml';

/** `b` under the folder `a`, or `b` itself when it is absolute (posix paths: the CLI gives the library posix paths). */
function join(a: string, b: string): string {
  return isAbsolute(b) ? posix.normalize(b) : posix.join(a, b);
}

/** The nearest folder from `start` upwards holding quyche.yaml or regulations/. */
export async function findRoot(start: string, io: WorkspaceIO): Promise<string | undefined> {
  let dir = start.replace(/\/+$/, '') || '/';
  for (;;) {
    if ((await io.isFile(join(dir, CONFIG_FILE))) || (await io.isDirectory(join(dir, 'regulations')))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

async function readConfig(root: string, io: WorkspaceIO): Promise<{ config: WorkspaceConfig; diagnostics: Diagnostic[] }> {
  const config: WorkspaceConfig = { regulations: 'regulations', amendments: 'amendments' };
  const diagnostics: Diagnostic[] = [];
  const path = join(root, CONFIG_FILE);
  const bytes = await io.read(path);
  if (!bytes) return { config, diagnostics };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    diagnostics.push(diagnosticForFile(path, 'workspace', { id: 'workspace.config', args: { detail: 'UTF-8' } }, { severity: 'error' }));
    return { config, diagnostics };
  }
  try {
    const data = loadYaml().parse(decoded.text) as Record<string, unknown> | null;
    if (data && typeof data === 'object') {
      if (typeof data.regulations === 'string') config.regulations = data.regulations;
      if (typeof data.amendments === 'string') config.amendments = data.amendments;
      if (typeof data.author === 'string') config.author = data.author;
      if (typeof data.office === 'string') config.office = data.office;
      if (typeof data.place === 'string') config.place = data.place;
      const signer = data.signer as Record<string, unknown> | undefined;
      if (signer && typeof signer === 'object') {
        const role = typeof signer.role === 'string' ? signer.role.split('\n') : Array.isArray(signer.role) ? signer.role.filter((r): r is string => typeof r === 'string') : undefined;
        config.signer = { ...(role ? { role } : {}), ...(typeof signer.name === 'string' ? { name: signer.name } : {}) };
      }
    }
  } catch (e) {
    diagnostics.push(diagnosticForFile(path, 'workspace', { id: 'workspace.config', args: { detail: (e as Error).message.split('\n')[0]! } }, { severity: 'error' }));
  }
  return { config, diagnostics };
}

/** Read and parse one regulation file; encoding problems become diagnostics. */
export async function loadDocument(path: string, io: WorkspaceIO): Promise<{ doc?: RegulationDocument; diagnostics: Diagnostic[] }> {
  const bytes = await io.read(path);
  if (!bytes) return { diagnostics: [diagnosticForFile(path, 'workspace', { id: 'workspace.unknown-document', args: { doc: path } }, { severity: 'error' })] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const src = new SourceText(path, '');
    return { diagnostics: [{ ...diagnosticAt(src, 0, 0, 'encoding', decoded.message), line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column, offset: [decoded.offset, decoded.offset] }] };
  }
  const doc = parseRegulation(path, decoded.text);
  const diagnostics = [...doc.diagnostics];
  if (decoded.warning) diagnostics.unshift(diagnosticAt(doc.source, 0, 0, 'encoding', decoded.warning));
  // no character but spaces, line breaks and a BOM (`\s` is what trim() removes; the test stops at
  // the first other character instead of copying the text twice)
  if (!/\S/.test(decoded.text)) diagnostics.unshift(diagnosticAt(doc.source, 0, 0, 'encoding', { id: 'encoding.empty' }, { severity: 'warning' }));
  return { doc, diagnostics };
}

export async function loadWorkspace(root: string, io: WorkspaceIO): Promise<Workspace> {
  const { config, diagnostics } = await readConfig(root, io);
  const files = (await io.list(join(root, config.regulations))).filter((f) => /\.(md|markdown)$/i.test(f)).sort();
  // the files read and their canonical paths asked for at once, not one after the other
  const realpath = io.realpath?.bind(io);
  const [loaded, realRoot, realFolder, reals] = await Promise.all([
    Promise.all(files.map((f) => loadDocument(f, io))),
    realpath?.(root),
    realpath?.(join(root, config.regulations)),
    realpath ? Promise.all(files.map((f) => realpath(f))) : undefined,
  ]);
  const documents: RegulationDocument[] = [];
  const outside = new Map<string, string>();
  if (realRoot && realFolder !== undefined && reals) {
    // a regulations folder configured outside (`regulations: ../shared`) is a deliberate choice:
    // read silently; a symlink that leads outside is said. Neither is rewritten by --write.
    const configuredOutside = !isInside(realFolder, realRoot);
    for (const [i, f] of files.entries()) {
      const real = reals[i]!;
      if (!isInside(real, realRoot)) {
        outside.set(f, real);
        if (!configuredOutside) diagnostics.push(diagnosticForFile(f, 'workspace', { id: 'workspace.outside', args: { path: f, real } }));
      }
    }
  }
  const byNumber = new Map<string, RegulationDocument>();
  for (const { doc, diagnostics: ds } of loaded) {
    diagnostics.push(...ds);
    if (!doc) continue;
    documents.push(doc);
    const n = doc.meta.number;
    if (!n) {
      diagnostics.push(diagnosticAt(doc.source, doc.frontMatter?.start ?? 0, doc.frontMatter?.start ?? 0, 'workspace', { id: 'workspace.no-number' }));
      continue;
    }
    const key = numberKey(n);
    const other = byNumber.get(key);
    if (other) {
      diagnostics.push(
        diagnosticAt(doc.source, doc.frontMatter?.start ?? 0, doc.frontMatter?.end ?? 0, 'workspace', { id: 'workspace.duplicate-number', args: { number: n, other: other.source.path } }, { severity: 'error' }),
      );
    } else byNumber.set(key, doc);
  }
  return { root, ...(realRoot ? { realRoot } : {}), outside, config, documents, diagnostics };
}

/** Whether `path` is `dir` or lies under it (both canonical, absolute). */
export function isInside(path: string, dir: string): boolean {
  const d = dir.replace(/\/+$/, '');
  return path === d || path.startsWith(`${d}/`);
}

/**
 * Find a document by number (tolerant: `80-QD/TW` = `80-QĐ/TW`), by path (absolute, or relative
 * to the workspace root), or by title (`Bộ luật Hình sự`). Only the first of two documents with
 * the same number is ever returned (the second is a `workspace` error).
 */
export function findDocument(ws: Workspace, ref: string): RegulationDocument | undefined {
  const r = ref.trim();
  const key = numberKey(r);
  const byNumber = ws.documents.find((d) => d.meta.number && numberKey(d.meta.number) === key);
  if (byNumber) return byNumber;
  const abs = join(ws.root, r);
  const byPath = ws.documents.find((d) => d.source.path === abs || d.source.path === r);
  if (byPath) return byPath;
  const title = keyOf(r).toLocaleLowerCase('vi');
  return ws.documents.find((d) => d.meta.title && keyOf(d.meta.title).toLocaleLowerCase('vi') === title);
}
