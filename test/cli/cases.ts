/**
 * CLI cases run by two hosts (markdownlint-cli2 style): every case in-process through
 * `main(argv, io)`, and the `smoke` cases again as a real subprocess (`node bin/quyche.js`: the
 * bundle, argument parsing by the real process, exit codes, the environment) — one or two per
 * command and each way a process can end. Both hosts compare with the same golden files in
 * test/fixtures/cli/<name>/ (code, stdout, stderr); UPDATE_GOLDEN=1 rewrites them for review.
 */
export interface CliCase {
  name: string;
  args: string[];
  /** fixture folder the command runs in, under test/fixtures (or an absolute path) */
  cwd: string;
  env?: Record<string, string>;
  code: number;
  /** run as a subprocess too */
  smoke?: true;
}

export const CASES: CliCase[] = [
  { name: 'outline-text', args: ['outline', '01-QC/TU'], cwd: 'ws-basic', code: 0, smoke: true },
  { name: 'outline-depth', args: ['outline', '01-QC/TU', '--depth', 'dieu'], cwd: 'ws-basic', code: 0 },
  { name: 'outline-json', args: ['outline', 'regulations/central/80-qd-tw.md', '--format', 'json'], cwd: 'ws-basic', code: 0 },
  { name: 'outline-from-subfolder', args: ['outline', '80-QD/TW'], cwd: 'ws-basic/regulations/local', code: 0 },
  { name: 'show-party', args: ['show', '01-QC/TU', 'Khoản 3, Điều 1'], cwd: 'ws-basic', code: 0, smoke: true },
  { name: 'show-anchor', args: ['show', '01-QC/TU', 'dieu-2.khoan-3.diem-b'], cwd: 'ws-basic', code: 0 },
  { name: 'show-alias', args: ['show', '01-QC/TU', 'Mục 3, Khoản 5, Điều 3'], cwd: 'ws-basic', code: 0 },
  { name: 'show-json', args: ['show', '01-QC/TU', 'điểm a khoản 3 Điều 2', '--format', 'json'], cwd: 'ws-basic', code: 0 },
  { name: 'show-ambiguous', args: ['show', '01-QC/TU', 'Điểm 4, Khoản 2'], cwd: 'ws-basic', code: 1 },
  { name: 'show-not-found-en', args: ['show', '01-QC/TU', 'Khoản 9, Điều 1', '--lang', 'en'], cwd: 'ws-basic', code: 1 },
  { name: 'show-env-lang', args: ['show', '01-QC/TU', 'Khoản 9, Điều 1'], cwd: 'ws-basic', env: { QUYCHE_LANG: 'en' }, code: 1, smoke: true },
  { name: 'unknown-document', args: ['outline', '99-QC/TU'], cwd: 'ws-basic', code: 2 },
  { name: 'no-workspace', args: ['outline', '01-QC/TU'], cwd: '/', code: 2, smoke: true },
  { name: 'help', args: ['--help'], cwd: 'ws-basic', code: 0, smoke: true },
  { name: 'help-en', args: ['show', '--help', '--lang', 'en'], cwd: 'ws-basic', code: 0 },
  { name: 'version-on-command', args: ['outline', '--version'], cwd: 'ws-basic', code: 0 },
  { name: 'unknown-option', args: ['outline', '01-QC/TU', '--bogus'], cwd: 'ws-basic', code: 2, smoke: true },
  { name: 'missing-argument', args: ['show', '01-QC/TU'], cwd: 'ws-basic', code: 2, smoke: true },
  { name: 'amend-text', args: ['amend', 'amendments/ok.yaml'], cwd: 'ws-amend', code: 0, smoke: true },
  { name: 'amend-context', args: ['amend', 'amendments/ok.yaml', '--context', '1', '--lang', 'en'], cwd: 'ws-amend', code: 0 },
  { name: 'amend-json', args: ['amend', 'amendments/ok.yaml', '--format', 'json'], cwd: 'ws-amend', code: 0 },
  { name: 'amend-two-patches', args: ['amend', 'amendments/ok.yaml', 'amendments/more.yaml'], cwd: 'ws-amend', code: 0 },
  { name: 'amend-wrong-order', args: ['amend', 'amendments/more.yaml', 'amendments/ok.yaml'], cwd: 'ws-amend', code: 1 },
  { name: 'amend-errors', args: ['amend', 'amendments/bad.yaml'], cwd: 'ws-amend', code: 1, smoke: true },
  { name: 'amend-errors-en-json', args: ['amend', 'amendments/bad.yaml', '--lang', 'en', '--format', 'json'], cwd: 'ws-amend', code: 1 },
  { name: 'amend-missing-patch', args: ['amend', 'amendments/none.yaml'], cwd: 'ws-amend', code: 2, smoke: true },
  { name: 'amend-write-and-output', args: ['amend', 'amendments/ok.yaml', '--write', '-o', 'x.md'], cwd: 'ws-amend', code: 2 },
  { name: 'check-text', args: ['check'], cwd: 'check/quote-one-word', code: 1, smoke: true },
  { name: 'check-text-en', args: ['check', '--lang', 'en'], cwd: 'check/excerpt-and-library', code: 1 },
  { name: 'check-json', args: ['check', '--format', 'json'], cwd: 'check/metadata', code: 0 },
  { name: 'check-strict', args: ['check', '--strict'], cwd: 'check/metadata', code: 1 },
  { name: 'check-github', args: ['check', '--format', 'github'], cwd: 'check/conflicts-across-files', code: 1, smoke: true },
  { name: 'check-explicit-patch', args: ['check', 'amendments/a.yaml'], cwd: 'check/conflicts-across-files', code: 0 },
  { name: 'check-shard-1', args: ['check', '--shard', '1/2', '--format', 'github'], cwd: 'check/conflicts-across-files', code: 0 },
  { name: 'check-shard-2', args: ['check', '--shard', '2/2', '--format', 'github'], cwd: 'check/conflicts-across-files', code: 1 },
  { name: 'check-bad-shard', args: ['check', '--shard', '3/2'], cwd: 'check/metadata', code: 2 },
  { name: 'bad-choice', args: ['outline', '01-QC/TU', '--format', 'xml'], cwd: 'ws-basic', code: 2 },
  { name: 'export-help', args: ['export', '--help'], cwd: 'ws-amend', code: 0 },
  { name: 'export-redline-md', args: ['export', 'redline', 'amendments/ok.yaml', '--date', '2026-01-01'], cwd: 'ws-amend', code: 0, smoke: true },
  { name: 'export-draft-en-messages', args: ['export', 'draft', 'amendments/ok.yaml', 'amendments/more.yaml', '--date', '2026-01-01', '--lang', 'en'], cwd: 'ws-amend', code: 0 },
  { name: 'export-errors', args: ['export', 'table', 'amendments/bad.yaml', '--lang', 'en'], cwd: 'ws-amend', code: 1, smoke: true },
  { name: 'export-unknown-kind', args: ['export', 'minutes', 'amendments/ok.yaml'], cwd: 'ws-amend', code: 2 },
];
