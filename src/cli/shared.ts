/** Helpers the commands share: finding the workspace, opening a document, printing diagnostics, writing the output. */
import { posix } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RegulationDocument } from '../document/model.js';
import { formatText } from '../report/text.js';
import { relativePath } from '../report/render.js';
import { CONFIG_FILE, findDocument, findRoot, loadDocument, loadWorkspace, type Workspace } from '../workspace/workspace.js';
import { loadPatch, type LoadedPatch } from '../patch/load.js';
import { decodeText } from '../text/decode.js';
import { SourceText } from '../text/source.js';
import { diagnosticAt } from '../diagnostics/diagnostic.js';
import { chalkFor } from './color.js';
import { stopWithErrors, stopWithFailure } from './exit.js';
import type { Context, GlobalOptions } from './context.js';

export function stderrChalk(ctx: Context, g: GlobalOptions): ChalkInstance {
  return chalkFor(ctx.io.stderr, ctx.io.env, g.color);
}

export function stdoutChalk(ctx: Context, g: GlobalOptions): ChalkInstance {
  return chalkFor(ctx.io.stdout, ctx.io.env, g.color);
}

/** Print diagnostics to stderr (errors only with --quiet). */
export function printDiagnostics(ctx: Context, g: GlobalOptions, ds: readonly Diagnostic[], opts: { summary?: boolean; files?: number } = {}): void {
  const shown = g.quiet ? ds.filter((d) => d.severity === 'error') : ds;
  if (shown.length === 0 && opts.summary === false) return;
  const out = formatText(shown, { lang: ctx.lang, cwd: ctx.io.cwd, chalk: stderrChalk(ctx, g), summary: opts.summary ?? false, ...(opts.files !== undefined ? { files: opts.files } : {}) });
  if (out) ctx.io.stderr.write(out);
}

/** A usage/configuration failure: say it and exit 2. */
export function fail(ctx: Context, g: GlobalOptions, message: string, hint?: string): never {
  const chalk = stderrChalk(ctx, g);
  ctx.io.stderr.write(`${chalk.red('quyche')}: ${message}\n`);
  if (hint) ctx.io.stderr.write(`  ${chalk.dim(`${ctx.t('report.hint')}:`)} ${hint}\n`);
  stopWithFailure();
}

async function openWorkspace(ctx: Context, g: GlobalOptions): Promise<Workspace> {
  const start = g.root ? posix.resolve(ctx.io.cwd, g.root) : ctx.io.cwd;
  if (g.root !== undefined) {
    const fs = ctx.io.fs;
    const kind = fs.kind ? await fs.kind(start) : (await fs.isDirectory(start)) ? 'directory' : (await fs.isFile(start)) ? 'file' : 'missing';
    if (kind === 'missing') fail(ctx, g, ctx.t('workspace.root-missing', { dir: relativePath(start, ctx.io.cwd) }));
    if (kind !== 'directory') fail(ctx, g, ctx.t('workspace.root-not-dir', { dir: relativePath(start, ctx.io.cwd) }));
  }
  const root = g.root ? start : await findRoot(start, ctx.io.fs);
  if (!root) fail(ctx, g, ctx.t('workspace.not-found', { dir: start }));
  return loadWorkspace(root, ctx.io.fs);
}

/**
 * Open `<doc>`: a path to a Markdown file (read directly, no workspace needed), or a number or
 * title looked up in the workspace.
 */
export interface OpenedDocument {
  doc: RegulationDocument;
  /** the document's own diagnostics (the workspace's about its file) */
  diagnostics: Diagnostic[];
  /** the workspace it was found in; absent for a path read directly */
  ws?: Workspace;
}

export async function openDocument(ctx: Context, g: GlobalOptions, ref: string): Promise<OpenedDocument> {
  const looksLikePath = /\.(md|markdown|txt)$/i.test(ref) || ref.startsWith('./') || posix.isAbsolute(ref);
  if (looksLikePath) {
    const path = posix.resolve(ctx.io.cwd, ref);
    if (await ctx.io.fs.isFile(path)) {
      const { doc, diagnostics } = await loadDocument(path, ctx.io.fs);
      if (!doc) {
        printDiagnostics(ctx, g, diagnostics);
        stopWithErrors();
      }
      return { doc, diagnostics };
    }
  }
  const ws = await openWorkspace(ctx, g);
  const doc = findDocument(ws, ref);
  if (!doc) {
    const list = ws.documents.map((d) => d.meta.number ?? d.source.path).join(', ');
    fail(ctx, g, ctx.t('workspace.unknown-document', { doc: ref }), list ? ctx.t('workspace.known-documents', { list }) : undefined);
  }
  return { doc, diagnostics: ws.diagnostics.filter((d) => d.file === doc.source.path), ws };
}

/** Open the workspace, with a spinner on stderr while it loads (only on a TTY, never in CI). */
export async function openWorkspaceWithSpinner(ctx: Context, g: GlobalOptions, allowSpinner: boolean): Promise<Workspace> {
  const tty = !!ctx.io.stderr.isTTY && !('CI' in ctx.io.env) && ctx.io.env.TERM !== 'dumb';
  if (!allowSpinner || !tty || g.quiet) return openWorkspace(ctx, g);
  const { default: ora } = await import('ora');
  const spinner = ora({ text: ctx.t('amend.loading'), stream: ctx.io.stderr as NodeJS.WritableStream, discardStdin: false, color: 'cyan' });
  const timer = setTimeout(() => spinner.start(), 150);
  try {
    return await openWorkspace(ctx, g);
  } finally {
    clearTimeout(timer);
    if (spinner.isSpinning) spinner.stop();
  }
}

/** Read patch files; an unreadable or non-UTF-8 file becomes a diagnostic. */
export async function loadPatches(ctx: Context, g: GlobalOptions, paths: readonly string[]): Promise<LoadedPatch[]> {
  const out: LoadedPatch[] = [];
  for (const path of paths) {
    const bytes = await ctx.io.fs.read(path);
    if (!bytes) fail(ctx, g, ctx.t('amend.no-patch', { path: relativePath(path, ctx.io.cwd), reason: `${ctx.t('io.errno.ENOENT')} (ENOENT)` }));
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      const src = new SourceText(path, '');
      out.push({ path, source: src, diagnostics: [diagnosticAt(src, 0, 0, 'encoding', decoded.message)], at: () => [0, 0], keyAt: () => [0, 0] });
      continue;
    }
    out.push(loadPatch(path, decoded.text));
  }
  return out;
}

/** The canonical path of `path` (symlinks resolved) where the file system knows links. */
export async function canonical(ctx: Context, path: string): Promise<string> {
  return ctx.io.fs.realpath ? ctx.io.fs.realpath(path) : path;
}

/**
 * Where `-o` writes, checked before anything is written: never one of the files this run has
 * read (patches, regulations, the configuration), compared after resolving symlinks, and never
 * the workspace's quyche.yaml even when it does not exist yet. Returns the absolute path, or the
 * input it is (for `amend`, where `-o` = the amended regulation means `--write`).
 */
export async function checkOutput(ctx: Context, g: GlobalOptions, output: string, root?: string): Promise<{ path: string; input?: string }> {
  if (output.trim() === '') fail(ctx, g, ctx.t('output.empty'));
  const path = posix.resolve(ctx.io.cwd, output);
  const real = await canonical(ctx, path);
  for (const read of ctx.reads) {
    if (read === path || (await canonical(ctx, read)) === real) return { path, input: read };
  }
  if (root !== undefined && (await canonical(ctx, posix.resolve(root, CONFIG_FILE))) === real) fail(ctx, g, ctx.t('output.is-config', { path: relativePath(path, ctx.io.cwd) }));
  return { path };
}

/** Refuse `-o` onto an input, with the input named. */
export function refuseInput(ctx: Context, g: GlobalOptions, path: string, input: string): never {
  fail(ctx, g, ctx.t('output.is-input', { path: relativePath(path, ctx.io.cwd), input: relativePath(input, ctx.io.cwd) }));
}

/**
 * Write a command's output to `path` atomically; an OS failure (IoError, LockedError) is
 * reported by main as "cannot write <path>: <reason>", anything else as cli.error.io; both exit 2.
 */
export async function writeOutput(ctx: Context, g: GlobalOptions, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await ctx.io.fs.writeAtomic(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  } catch (e) {
    if ((e as Error).name === 'IoError' || (e as Error).name === 'LockedError') throw e;
    fail(ctx, g, ctx.t('cli.error.io', { path: relativePath(path, ctx.io.cwd), detail: (e as Error).message }));
  }
}

/** Data to stdout — never binary (a Word file) to a terminal. */
export function writeStdout(ctx: Context, g: GlobalOptions, data: string | Uint8Array): void {
  if (typeof data !== 'string' && ctx.io.stdout.isTTY) fail(ctx, g, ctx.t('export.binary-to-terminal'));
  ctx.io.stdout.write(data);
}
