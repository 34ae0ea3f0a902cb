/**
 * One pipeline for every command, in the manner of unified-engine: a command declares its
 * arguments and options, what it needs (a workspace, with or without a spinner; patches, from its
 * arguments or the workspace's amendments/), its run and how its result is reported, and the
 * pipeline does the sequence
 *
 *   check the options → open the workspace → load the patches → open the document → run →
 *   report → exit code
 *
 * with the exit code from the outcome by the one rule of exit.ts (0 no errors, 1 errors found,
 * 2 usage/configuration/I-O/internal failure, thrown).
 */
import { posix } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedPatch } from '../patch/load.js';
import { workspaceOrder } from '../check/run.js';
import { relativePath } from '../report/render.js';
import type { Workspace } from '../workspace/workspace.js';
import { addCommonOptions, type Context, type GlobalOptions } from './context.js';
import { exitCodeOf } from './exit.js';
import { fail, loadPatches, openDocument, openWorkspaceWithSpinner, printDiagnostics, type OpenedDocument } from './shared.js';

/** What one run of a command has: the context, the global options, its arguments and options, and what the pipeline opened for it. */
export interface Job<A extends unknown[] = unknown[], O = Record<string, unknown>> {
  ctx: Context;
  g: GlobalOptions;
  args: A;
  opts: O;
  /** the workspace: opened when the command declares `workspace` (undefined otherwise) */
  ws: Workspace;
  /** the patches the command declares (as given, or the workspace's in force order); else none */
  patches: LoadedPatch[];
  /** the document the command declares (`<doc>`: a path, or a number or title in the workspace; undefined otherwise) */
  document: OpenedDocument;
  /** a usage or configuration failure: said on stderr, exit 2 */
  fail(message: string, hint?: string): never;
  /** a path argument, absolute (resolved against the current folder) */
  resolve(path: string): string;
  /** a path as shown to the user (relative to the current folder) */
  shown(path: string): string;
}

/** What a run found, for the reporter and the exit code. */
export interface Outcome {
  /** diagnostics to report on stderr (text), unless `report` is 'none' (the data carries them) */
  diagnostics: readonly Diagnostic[];
  /** how the diagnostics are shown: 'text' (stderr), 'summary' (stderr, with the summary line), 'none' */
  report?: 'text' | 'summary' | 'none';
  /** the number of files for the summary line */
  files?: number;
  /** warnings count as errors (--strict) */
  strict?: boolean;
  /** failed for a reason other than a diagnostic (a substantive difference, …) */
  failed?: boolean;
  /**
   * what comes after the report: the writes and their messages (on stderr after the
   * diagnostics), or the data of a command that reports first (`show`); a failure here throws
   * (`stopWithErrors`, `fail`, an IoError)
   */
  finish?: () => Promise<void>;
}

export interface CommandSpec<A extends unknown[], O> {
  /** the command's name, description, arguments and options (the common options are added by the pipeline) */
  define(parent: Command, ctx: Context): Command;
  /** checks of the arguments and options before anything is read (call `job.fail` → exit 2) */
  validate?(job: Omit<Job<A, O>, 'ws' | 'patches' | 'document'>): void;
  /** open the workspace first: 'spinner' shows a spinner while it loads (on a TTY, never in CI) */
  workspace?(job: Omit<Job<A, O>, 'ws' | 'patches' | 'document'>): false | 'plain' | 'spinner';
  /** the patches the run needs: paths (as given on the command line) or the workspace's amendments/ */
  patches?(job: Omit<Job<A, O>, 'patches' | 'document'>): readonly string[] | 'workspace' | undefined;
  /** the document the run is about (`<doc>`), opened without a workspace when it is a path */
  document?(job: Omit<Job<A, O>, 'ws' | 'patches' | 'document'>): string;
  /** the command's work; its outcome decides the exit code */
  run(job: Job<A, O>): Promise<Outcome>;
}

/** The patch files of the workspace's amendments/, in force order. */
export async function workspacePatches(ctx: Context, g: GlobalOptions, ws: Workspace): Promise<LoadedPatch[]> {
  const dir = posix.resolve(ws.root, ws.config.amendments);
  const paths = (await ctx.io.fs.list(dir)).filter((f) => /\.ya?ml$/i.test(f));
  return workspaceOrder(await loadPatches(ctx, g, paths));
}

/**
 * A command for the program: `define` wires commander, the action runs the pipeline. The
 * commander action receives the arguments, then the options, then the command.
 */
export function command<A extends unknown[], O>(spec: CommandSpec<A, O>): (parent: Command, ctx: Context) => Command {
  return (parent, ctx) => {
    const cmd = spec.define(parent, ctx);
    addCommonOptions(cmd, ctx);
    cmd.action(async (...params: unknown[]) => {
      const command = params[params.length - 1] as Command;
      const opts = params[params.length - 2] as O;
      const args = params.slice(0, -2) as A;
      const g = ctx.globals(command);
      const base = {
        ctx,
        g,
        args,
        opts,
        fail: (message: string, hint?: string): never => fail(ctx, g, message, hint),
        resolve: (p: string) => posix.resolve(ctx.io.cwd, p),
        shown: (p: string) => relativePath(p, ctx.io.cwd),
      };
      spec.validate?.(base);
      const how = spec.workspace?.(base) ?? false;
      const ws = how ? await openWorkspaceWithSpinner(ctx, g, how === 'spinner') : (undefined as unknown as Workspace);
      const which = spec.patches?.({ ...base, ws });
      const patches = which === undefined ? [] : which === 'workspace' ? await workspacePatches(ctx, g, ws) : await loadPatches(ctx, g, which.map((p) => posix.resolve(ctx.io.cwd, p)));
      const ref = spec.document?.(base);
      const document = ref !== undefined ? await openDocument(ctx, g, ref) : (undefined as unknown as OpenedDocument);
      const outcome = await spec.run({ ...base, ws, patches, document });
      report(ctx, g, outcome);
      await outcome.finish?.();
      ctx.exitCode = exitCodeOf(outcome);
    });
    return cmd;
  };
}

/** The reporter: diagnostics on stderr as the outcome asks (errors only with --quiet). */
function report(ctx: Context, g: GlobalOptions, o: Outcome): void {
  const how = o.report ?? 'text';
  if (how === 'none') return;
  printDiagnostics(ctx, g, o.diagnostics, { summary: how === 'summary', ...(o.files !== undefined ? { files: o.files } : {}) });
}
