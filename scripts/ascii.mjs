// The bundle as ASCII (issue 16: start-up). esbuild escapes every non-ASCII character of its
// output (charset "ascii", its default) except in regular expression literals — and a tagged
// template's raw text, which no escape can keep. A bundle with non-ASCII characters is a
// two-byte string in V8 (twice the memory, and a UTF-8 decode of the whole file on every run);
// an ASCII one is read as Latin-1 into a one-byte string. So every non-ASCII character left in
// a regular expression literal is written as a \u escape, which means the same character in
// every kind of pattern:
//   - without the u or v flag a pattern is matched by UTF-16 code unit, and `\uXXXX` is that
//     code unit (a character outside the BMP: its two surrogates, each escaped);
//   - with u or v, `\uXXXX` is the code point, and a lead and trail surrogate escaped one after
//     the other are the one code point they encode (the spec's RegExpUnicodeEscapeSequence);
//   - inside a class (`[à-ỹ]`) and as a range bound the same holds; an identity escape of a
//     non-ASCII character (`\é`, allowed without u/v only) is that character, so the backslash
//     goes with it (`\é` → `\u00e9`, not `\\u00e9`).
// What changes is the literal's `source` (and toString): `/é/.source` is "é", escaped "\\u00e9",
// which a RegExp built from it reads as the same character. Where the code base builds a RegExp
// from another's source, the escaped source means the same in any flags.
//
// The one tagged template that can be escaped is String.raw (the global one: the pass refuses a
// bundle that declares a `String`): `String.raw` joins the raw text and the substitutions, so a
// non-ASCII character of the raw text moved into a substitution of the same character,
// String.raw`ụ\s` → String.raw`${"\u1ee5"}\s`, gives the same string (a backslash before it,
// raw text too, moves with it into the substitution).
//
// The JavaScript is parsed with TypeScript's parser (a dev dependency the build already needs),
// so a `/` is a regular expression exactly where the language says so. Any non-ASCII character
// elsewhere (another tag's template, a comment) is not touched: the result then reports
// `ascii: false` and the bundle stays UTF-8 (bin/quyche.js reads it as UTF-8 whenever it is not
// all ASCII, so nothing depends on this pass succeeding).
import ts from 'typescript';

/** `\uXXXX` of one UTF-16 code unit. */
const u = (code) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The source of a regular expression literal `/…/flags` with its non-ASCII code units escaped. */
export function escapeRegExpLiteral(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c === 0x5c /* \ */ && i + 1 < literal.length) {
      const next = literal.charCodeAt(i + 1);
      // an identity escape of a non-ASCII character is that character: drop the backslash
      out += next < 0x80 ? literal.slice(i, i + 2) : u(next);
      i++;
    } else out += c < 0x80 ? literal[i] : u(c);
  }
  return out;
}

/** A template part of String.raw (its token text, `…` or `…${ or }…${ or }…`) with its non-ASCII characters in substitutions. */
export function escapeRawTemplatePart(part) {
  let out = '';
  for (let i = 0; i < part.length; ) {
    if (part.charCodeAt(i) < 0x80) {
      out += part[i++];
      continue;
    }
    // the raw backslashes right before it: an odd run ends in one that escapes this character
    let backslashes = 0;
    while (out.endsWith('\\'.repeat(backslashes + 1))) backslashes++;
    let moved = '';
    if (backslashes % 2 === 1) {
      out = out.slice(0, -1);
      moved = '\\\\';
    }
    while (i < part.length && part.charCodeAt(i) >= 0x80) moved += u(part.charCodeAt(i++));
    out += `\${"${moved}"}`;
  }
  return out;
}

/**
 * `code` (a script) with every non-ASCII character in its regular expression literals escaped.
 * `ascii` says whether the result is all ASCII; `left` lists the places (up to 20) of the
 * non-ASCII characters it could not escape, left as they are; `changes` the literals and
 * template parts rewritten (`kind` regexp or raw, `from`, `to`).
 */
export function asciiRegExps(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const literals = [];
  let stringDeclared = false;
  const nonAscii = (start, end) => /[^\x00-\x7f]/.test(code.slice(start, end));
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      if (nonAscii(start, node.end)) literals.push([start, node.end, escapeRegExpLiteral]);
      return;
    }
    if (ts.isIdentifier(node) && node.text === 'String' && node.parent && node.parent.name === node && !ts.isPropertyAccessExpression(node.parent) && !ts.isPropertyAssignment(node.parent)) stringDeclared = true;
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) {
        const start = p.getStart(file);
        if (nonAscii(start, p.end)) literals.push([start, p.end, escapeRawTemplatePart]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (stringDeclared) literals.length = 0; // String.raw may not be the global: leave everything as it is
  literals.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  const changes = [];
  for (const [start, end, escape] of literals) {
    const from = code.slice(start, end);
    const to = escape(from);
    changes.push({ kind: escape === escapeRegExpLiteral ? 'regexp' : 'raw', from, to });
    out += code.slice(at, start) + to;
    at = end;
  }
  out += code.slice(at);
  const left = [];
  for (const m of out.matchAll(/[^\x00-\x7f]/g)) if (left.push(m.index) >= 20) break;
  return { code: out, ascii: left.length === 0, changes, left };
}
