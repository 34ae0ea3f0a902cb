/**
 * The catalogue's arguments are checked by the type system (this file is type-checked with the
 * rest by `npm run typecheck`, as in CI): every line after a `@ts-expect-error` must fail to
 * compile — if the typing of messages loosens, the directive is unused and the type check fails.
 */
import { describe, expect, it } from 'vitest';
import { msg, t, type ArgsOf, type Message } from '../../src/i18n/messages.js';

/** Never called: its lines are here for the type checker. */
export function mustNotCompile(): unknown[] {
  const literals: Message[] = [
    // @ts-expect-error -- no such id
    { id: 'citation.no-such-id' },
    // @ts-expect-error -- an argument missing
    { id: 'citation.not-found', args: { citation: 'Khoản 9' } },
    // @ts-expect-error -- an argument misspelt
    { id: 'citation.not-found', args: { citation: 'Khoản 9', dco: 'Điều 1' } },
    // @ts-expect-error -- an extra argument
    { id: 'citation.not-found', args: { citation: 'Khoản 9', doc: 'Điều 1', line: 3 } },
    // @ts-expect-error -- a message with placeholders needs its arguments
    { id: 'citation.not-found' },
  ];
  return [
    ...literals,
    // @ts-expect-error -- no such id
    msg('citation.no-such-id'),
    // @ts-expect-error -- an argument missing
    msg('citation.not-found', { citation: 'Khoản 9' }),
    // @ts-expect-error -- an argument misspelt
    msg('citation.not-found', { citation: 'Khoản 9', dco: 'Điều 1' }),
    // @ts-expect-error -- an extra argument
    msg('citation.not-found', { citation: 'Khoản 9', doc: 'Điều 1', line: 3 }),
    // @ts-expect-error -- a message without placeholders takes no argument
    msg('report.no-issues', { count: 1 }),
    // @ts-expect-error -- no such id
    t('en', 'citation.no-such-id'),
    // @ts-expect-error -- an argument misspelt
    t('en', 'outline.units', { cuont: 3 }),
    // @ts-expect-error -- a plural placeholder takes a number (its form depends on it)
    t('en', 'outline.units', { count: '3' }),
    // @ts-expect-error -- the arguments of a message with placeholders are required
    t('en', 'outline.units'),
  ];
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The placeholders the type system reads off templates with braces that are not placeholders. */
const readOff: [
  Equal<keyof ArgsOf<'apply.closest'>, 'passage' | 'diff'>,
  Equal<keyof ArgsOf<'cli.opt.marks'>, never>,
  Equal<ArgsOf<'report.summary'>, { files: number; errors: number; warnings: number; infos: number }>,
  Equal<ArgsOf<'numbering.quote-swallowed'>, { until: string | number; count: number; line: string | number }>,
] = [true, true, true, true];

describe('messages are typed', () => {
  it('a message built with msg() is its id and its arguments', () => {
    expect(msg('citation.not-found', { citation: 'Khoản 9', doc: 'Điều 1' })).toEqual({ id: 'citation.not-found', args: { citation: 'Khoản 9', doc: 'Điều 1' } });
    expect(msg('report.no-issues')).toEqual({ id: 'report.no-issues' });
    expect(readOff).toEqual([true, true, true, true]);
  });
});
