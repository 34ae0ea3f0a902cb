/**
 * Reading a .docx back, for tests: unzip it, parse its XML, and compute what Word's Accept All and
 * Reject All would leave — from the revision XML itself (w:ins, w:del, w:delText, and the
 * paragraph mark's w:rPr/w:ins or w:rPr/w:del, whose paragraph merges with the next one when the
 * mark goes away).
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

export function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlDocument;
}

function children(e: Element, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!local || (n as Element).localName === local)) out.push(n as Element);
  }
  return out;
}

export function descendants(e: Element | XmlDocument, local: string): Element[] {
  return Array.from(e.getElementsByTagNameNS(W, local) as unknown as ArrayLike<Element>);
}

export type Side = 'accept' | 'reject';

/** The text of a run's w:t / w:delText (w:tab as a tab). */
function runText(r: Element): string {
  return children(r)
    .map((c) => (c.localName === 't' || c.localName === 'delText' ? c.textContent ?? '' : c.localName === 'tab' ? '\t' : ''))
    .join('');
}

function paragraphText(p: Element, side: Side): string {
  let out = '';
  const visit = (e: Element, inIns: boolean, inDel: boolean): void => {
    for (const c of children(e)) {
      if (c.localName === 'pPr') continue;
      if (c.localName === 'ins') visit(c, true, inDel);
      else if (c.localName === 'del') visit(c, inIns, true);
      else if (c.localName === 'r') {
        if ((side === 'accept' && inDel) || (side === 'reject' && inIns)) continue;
        out += runText(c);
      } else visit(c, inIns, inDel);
    }
  };
  visit(p, false, false);
  return out;
}

function markRevision(p: Element): 'ins' | 'del' | undefined {
  const ppr = children(p, 'pPr')[0];
  const rpr = ppr ? children(ppr, 'rPr')[0] : undefined;
  if (!rpr) return undefined;
  if (children(rpr, 'ins').length) return 'ins';
  if (children(rpr, 'del').length) return 'del';
  return undefined;
}

/**
 * The body's paragraphs (tables excluded) after Accept All or Reject All: a paragraph whose mark
 * is removed (deleted on accept, inserted on reject) joins the next one.
 */
export function resolvedParagraphs(doc: XmlDocument, side: Side): string[] {
  const body = descendants(doc, 'body')[0]!;
  const out: string[] = [];
  let carry = '';
  for (const p of children(body, 'p')) {
    const text = carry + paragraphText(p, side);
    const mark = markRevision(p);
    if ((side === 'accept' && mark === 'del') || (side === 'reject' && mark === 'ins')) {
      carry = text;
      continue;
    }
    carry = '';
    out.push(text);
  }
  if (carry) out.push(carry);
  return out;
}

/** Every revision element: its kind, id, author, date, and whether a deletion holds a w:t (Word refuses those). */
export function revisions(doc: XmlDocument): Array<{ kind: 'ins' | 'del'; id: string; author: string; date: string; badText: boolean }> {
  return [...descendants(doc, 'ins'), ...descendants(doc, 'del')].map((e) => ({
    kind: e.localName as 'ins' | 'del',
    id: e.getAttributeNS(W, 'id') ?? e.getAttribute('w:id') ?? '',
    author: e.getAttributeNS(W, 'author') ?? e.getAttribute('w:author') ?? '',
    date: e.getAttributeNS(W, 'date') ?? e.getAttribute('w:date') ?? '',
    badText: e.localName === 'del' && descendants(e, 't').length > 0,
  }));
}

/** Footnote texts by id (the separator footnotes, ids below 1, left out). */
export function footnotes(xml: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!xml) return out;
  for (const f of descendants(parseXml(xml), 'footnote')) {
    const id = Number(f.getAttributeNS(W, 'id') ?? f.getAttribute('w:id'));
    if (id < 1) continue;
    out.set(id, descendants(f, 'p').map((p) => paragraphText(p, 'accept')).join('\n').trim());
  }
  return out;
}

/** A readable dump of a .docx for golden files: one line per paragraph, revisions in word-diff marks. */
export function dumpDocx(bytes: Uint8Array): string {
  const files = unzipDocx(bytes);
  const doc = parseXml(files.get('word/document.xml')!);
  const lines: string[] = [];
  const para = (p: Element, indent: string): void => {
    let s = '';
    const visit = (e: Element, rev: string): void => {
      for (const c of children(e)) {
        if (c.localName === 'pPr') continue;
        if (c.localName === 'ins') visit(c, '+');
        else if (c.localName === 'del') visit(c, '-');
        else if (c.localName === 'r') {
          const fn = descendants(c, 'footnoteReference')[0];
          const t = fn ? `[^${fn.getAttributeNS(W, 'id') ?? fn.getAttribute('w:id')}]` : runText(c);
          s += rev === '+' ? `{+${t}+}` : rev === '-' ? `[-${t}-]` : t;
        } else visit(c, rev);
      }
    };
    visit(p, '');
    const mark = markRevision(p);
    lines.push(`${indent}¶${mark === 'ins' ? '+' : mark === 'del' ? '-' : ''} ${s.replace(/\+\}\{\+/g, '').replace(/-\]\[-/g, '')}`);
  };
  const body = descendants(doc, 'body')[0]!;
  for (const c of children(body)) {
    if (c.localName === 'p') para(c, '');
    else if (c.localName === 'tbl') {
      children(c, 'tr').forEach((tr, i) => {
        lines.push(`  row ${i}`);
        children(tr, 'tc').forEach((tc, j) => {
          lines.push(`    cell ${j}`);
          for (const p of children(tc, 'p')) para(p, '      ');
        });
      });
    }
  }
  const notes = footnotes(files.get('word/footnotes.xml'));
  for (const [id, text] of notes) lines.push(`[^${id}]: ${text}`);
  return `${lines.join('\n')}\n`;
}
