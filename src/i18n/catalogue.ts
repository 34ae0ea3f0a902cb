/**
 * The shape of the message catalogue, and the argument types read off its templates by the type
 * system: a template's placeholders are `{name}`; a count that English inflects is
 * `{name, plural, one {# file} other {# files}}` (`#` is the number; the cases are the categories
 * of Intl.PluralRules for the language: Vietnamese has only `other`, so its templates never need
 * the form). A plural placeholder takes a number; any other takes a string or a number.
 */
export type Lang = 'vi' | 'en';

/** One message: its template in each language. */
export type Entry = Readonly<Record<Lang, string>>;
export type Catalogue = Readonly<Record<string, Entry>>;

/** What an argument may be. */
export type Value = string | number;

type NotAName = ' ' | '+' | '#' | ',' | '{' | '"' | "'";

/** One `{…}` of a template: a placeholder, or literal braces (`{++ ++}`, `{+thêm+}`: never). */
type Slot<P extends string> = P extends '' | `-${string}` | `${string}${NotAName}${string}` ? never : { name: P; plural: false };

/** What follows a plural form's first case: its other cases (`other {…}`, no braces inside), then `}`. */
type AfterCases<R extends string> = R extends `}${infer Rest}`
  ? Rest
  : R extends ` ${infer X}`
    ? AfterCases<X>
    : R extends `${string}{${string}}${infer Rest}`
      ? AfterCases<Rest>
      : R;

/** The placeholders of a template, as the runtime reads them (`{name}`, `{name, plural, …}`). */
export type Slots<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? P extends `${infer N}, plural,${string}`
    ? { name: N; plural: true } | Slots<AfterCases<R>>
    : Slot<P> | Slots<R>
  : never;

/** The arguments a set of slots asks for: every name, a number where some language counts it. */
export type ArgsOfSlots<S extends { name: string; plural: boolean }> = {
  [K in S['name']]: Extract<S, { name: K; plural: true }> extends never ? Value : number;
};
