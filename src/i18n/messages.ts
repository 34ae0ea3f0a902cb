/**
 * Every user-facing sentence of quyche, in Vietnamese (default) and English: the index of the
 * catalogue, one part per layer in `messages/` (the sentences of a layer next to one another), and
 * the wording of the exported documents (`messages/wording.ts`: always printed in Vietnamese, the
 * English a gloss). Placeholders are `{name}`, counts that English inflects
 * `{name, plural, one {…} other {…}}` (catalogue.ts). Tests check that both languages have the
 * same placeholders and that no id is defined in two parts; the type system checks every call:
 * `t(lang, 'id', args)` and a `Message` literal (`{ id, args }` or `msg(id, args)`) fail to
 * compile when the id does not exist or an argument is missing, misspelt or extra.
 */
import { KIND_NAMES } from '../document/kinds.js';
import type { UnitKind } from '../document/kinds.js';
import type { ArgsOfSlots, Lang, Slots, Value } from './catalogue.js';
import { APPLY } from './messages/apply.js';
import { CHECK } from './messages/check.js';
import { CITATION } from './messages/citation.js';
import { CLI } from './messages/cli.js';
import { DIFF } from './messages/diff.js';
import { DOCUMENT } from './messages/document.js';
import { IMPORT } from './messages/import.js';
import { PATCH } from './messages/patch.js';
import { RENDER } from './messages/render.js';
import { REPORT } from './messages/report.js';
import { TEXT } from './messages/text.js';
import { WORDING } from './messages/wording.js';
import { WORKSPACE } from './messages/workspace.js';

export type { Lang } from './catalogue.js';

/** The parts of the catalogue, in pipeline order (a test checks that no id is in two of them). */
export const MESSAGE_PARTS = {
  text: TEXT,
  document: DOCUMENT,
  citation: CITATION,
  patch: PATCH,
  workspace: WORKSPACE,
  apply: APPLY,
  check: CHECK,
  import: IMPORT,
  render: RENDER,
  report: REPORT,
  wording: WORDING,
  diff: DIFF,
  cli: CLI,
} as const;

/** Every part's messages in one object (a test checks that no id is in two parts). */
type Catalogue = typeof TEXT &
  typeof DOCUMENT &
  typeof CITATION &
  typeof PATCH &
  typeof WORKSPACE &
  typeof APPLY &
  typeof CHECK &
  typeof IMPORT &
  typeof RENDER &
  typeof REPORT &
  typeof WORDING &
  typeof DIFF &
  typeof CLI;

// Object.assign, not an object spread: spreading ~500 ids into a literal takes one hidden-class
// transition per id, 2.6–4 ms of every start (issue 16); assign copies them in 0.3 ms. The same
// object, in the same order.
export const MESSAGES: Catalogue = Object.assign(
  {},
  TEXT,
  DOCUMENT,
  CITATION,
  PATCH,
  WORKSPACE,
  APPLY,
  CHECK,
  IMPORT,
  RENDER,
  REPORT,
  WORDING,
  DIFF,
  CLI,
  // issue-NN: messages added by other work go in their layer's part (a new part: here and in Catalogue)
);

export type MessageId = keyof typeof MESSAGES;

/** The arguments of a message, read off its two templates. */
export type ArgsOf<I extends MessageId> = ArgsOfSlots<Slots<(typeof MESSAGES)[I]['vi']> | Slots<(typeof MESSAGES)[I]['en']>>;

/**
 * The argument list after an id: none for a message without placeholders, exactly its arguments
 * otherwise. An id that is not a literal (every id, as in a diagnostic read back, or a computed
 * `cli.argname.${name}`) can only be checked at run time: any arguments.
 */
export type MessageArgs<I extends MessageId> = MessageId extends I
  ? [args?: Readonly<Record<string, Value>>]
  : I extends MessageId
    ? [keyof ArgsOf<I>] extends [never]
      ? [args?: Readonly<Record<string, never>>]
      : [args: ArgsOf<I>]
    : never;

/** A message as data (diagnostics, hints): an id and its arguments, checked per id. */
export type MessageOf<I extends MessageId> = [keyof ArgsOf<I>] extends [never]
  ? { id: I; args?: Readonly<Record<string, never>> }
  : { id: I; args: ArgsOf<I> };
export type Message = { [I in MessageId]: MessageOf<I> }[MessageId];

/** A message as read back (a diagnostic's): any id, its arguments by name. */
export interface MessageData {
  id: MessageId;
  args?: Readonly<Record<string, Value>>;
}

export type WordingId = keyof typeof WORDING;

/** The wording of an exported document: Vietnamese whatever the language of the messages (messages/wording.ts). */
export function wording<I extends WordingId>(id: I, ...args: MessageArgs<I>): string {
  return t('vi', id, ...args);
}

/** Build a message, its arguments checked against its id. */
export function msg<I extends MessageId>(id: I, ...args: MessageArgs<I>): Message {
  return (args[0] === undefined ? { id } : { id, args: args[0] }) as unknown as Message;
}

const plurals = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, n: number): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** `{name}` or `{name, plural, one {…} other {…}}`; the cases hold no braces but `#`. */
const PLACEHOLDER = /\{(\w[\w-]*)(?:, plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*)?\}/gu;
const CASE = /([\w=]+)\s*\{([^{}]*)\}/gu;

/** The placeholder names of a template, as `t` fills them (for the tests). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fill a template. Unknown placeholders are left visible, never dropped. */
function fill(lang: Lang, template: string, args: Readonly<Record<string, Value>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, cases: string | undefined) => {
    if (!(name in args)) return whole;
    const v = args[name]!;
    if (cases !== undefined) {
      const n = Number(v);
      const forms = new Map([...cases.matchAll(CASE)].map((c) => [c[1]!, c[2]!] as const));
      const form = forms.get(`=${n}`) ?? forms.get(pluralCategory(lang, n)) ?? forms.get('other') ?? '#';
      return form.replace(/#/gu, String(v));
    }
    if (name === 'level' && typeof v === 'string' && v in KIND_NAMES) return KIND_NAMES[v as UnitKind][lang];
    return String(v);
  });
}

/**
 * Render a message in a language. An argument named `level` carries a unit kind ('diem',
 * 'khoan' …), never a word: it is written in the message's language ("điểm" / "point"). A plural
 * placeholder takes the form of its count's plural category in that language.
 */
export function t<I extends MessageId>(lang: Lang, id: I, ...args: MessageArgs<I>): string {
  return fill(lang, MESSAGES[id][lang], (args[0] ?? {}) as Readonly<Record<string, Value>>);
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'vi' || v.startsWith('vi_') || v.startsWith('vi-')) return 'vi';
  if (v === 'en' || v.startsWith('en_') || v.startsWith('en-')) return 'en';
  return undefined;
}

/** Vietnamese names of unit kinds, for messages and citations. */
export { KIND_NAMES } from '../document/kinds.js';
