/**
 * Colour policy, decided per stream: `--no-color` and `NO_COLOR` (which chalk ignores by itself)
 * turn it off, `--color` and `FORCE_COLOR` turn it on, otherwise only a TTY that is not
 * `TERM=dumb` gets colour.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { OutStream } from './io.js';

export type ColorChoice = boolean | undefined;

function colorLevel(stream: OutStream, env: Record<string, string | undefined>, choice: ColorChoice): 0 | 1 | 2 | 3 {
  if (choice === false) return 0;
  if (choice === true) return 1;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true' || force === '1') return 1;
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return 1;
}

export function chalkFor(stream: OutStream, env: Record<string, string | undefined>, choice: ColorChoice): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env, choice) });
}
