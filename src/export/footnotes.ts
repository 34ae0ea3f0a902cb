/**
 * The footnotes and the header of a consolidated text, as the Văn phòng Quốc hội writes them
 * (VBHN 22/VBHN-VPQH, 2025: vietnamese-conventions.md §3.2):
 *
 * - a unit written, inserted, repealed or moved by a change gets one footnote at its label (an
 *   article at the end of its heading), with one sentence per change in its history, numbered
 *   "lần thứ nhất", "lần thứ hai" … when there are several: "Khoản này được bổ sung theo quy định
 *   tại khoản 1 Điều 1 của Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y
 *   tế, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.";
 * - a phrase change gets a footnote at each place it changed, right after the new phrase (or
 *   where the deleted phrase was), in the passive: "Cụm từ “A” được thay thế bằng cụm từ “B” theo
 *   quy định tại …", "Cụm từ “A” được bỏ …", "Từ “A” được bãi bỏ …"; the unit holding it gets no
 *   footnote of its own for it (nor does its article);
 * - the provision cited is the change's `source` (the amending document's own numbering); a
 *   change without one is cited by its item in the drafted amending document (`numbered`);
 * - an amending document is named by its number then its title ("Luật số 51/2024/QH15 sửa đổi, bổ
 *   sung …"), a law with its own name by name then number ("Luật Thanh tra số 84/2025/QH15").
 */
import type { AppliedDocument, ChangeRecord } from '../apply/model.js';
import { pieceLength } from '../apply/pieces.js';
import { formatCitation, styleOf, unitWord, type CitationStyle } from '../citation/format.js';
import { isHeadingKind, type DocumentMeta, type Unit } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import type { Change, Patch } from '../patch/schema.js';
import { formatDatePrinted } from '../util/dates.js';
import { amendingRef, capitalise, lowerFirst, Q } from './formulas.js';

export interface ConsolidationNote {
  /** offset in the result's source where the footnote mark goes */
  at: number;
  text: string;
  /** the unit footnoted (a unit note) or holding the phrase (a phrase note) */
  anchor: string;
  kind: 'unit' | 'phrase';
  /** labels of the base's own footnotes whose history this note carries on (not to be printed again) */
  carries?: string[];
}

/** A phrase in curly quotes. */


/** The date form of a document's sentences: Party documents print 09/01/2021, state ones "ngày 09 tháng 01 năm 2021". */
export function dateForm(style: CitationStyle): 'short' | 'long' {
  return style === 'party' ? 'short' : 'long';
}

/** ", có hiệu lực kể từ ngày 01 tháng 7 năm 2025" (empty without a date). */
export function effectiveClause(date: string | undefined, style: CitationStyle): string {
  return date ? `, có hiệu lực kể từ ${formatDatePrinted(date, dateForm(style))}` : '';
}

/** A title that says what it amends, not a name: "sửa đổi, bổ sung một số điều của …". */
const AMENDING = /^(?:sửa đổi|bổ sung|bãi bỏ|thay thế|đình chỉ|ngưng hiệu lực)/iu;
/** Documents the state names by a name of their own, printed before their number (Luật Bảo hiểm y tế số …). */
const NAMED = /^(?:Luật|Bộ luật|Pháp lệnh|Hiến pháp)$/iu;

interface DocFields {
  type?: string | undefined;
  number?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  issuer?: string | undefined;
}

/**
 * A document as a consolidation names it: "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm
 * 2008 của Quốc hội" (a law's own name first), "Luật số 51/2024/QH15 ngày 27 tháng 11 năm 2024 của
 * Quốc hội sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế" (an amending title after number,
 * date and issuer), "Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh" (Party
 * practice: type and number). `dated`: with the date and the issuer (the header; footnotes name
 * the document without them).
 */
export function documentName(doc: DocFields, style: CitationStyle, dated: boolean): string {
  const type = doc.type ?? 'Văn bản';
  const title = doc.title?.normalize('NFC').trim();
  const rest = title && title.toLocaleLowerCase('vi').startsWith(`${type.toLocaleLowerCase('vi')} `) ? title.slice(type.length).trim() : title;
  let when = '';
  if (dated && doc.date) when += style === 'party' ? `, ${formatDatePrinted(doc.date, 'short')}` : ` ${formatDatePrinted(doc.date, 'long')}`;
  if (dated && doc.issuer) when += ` của ${doc.issuer}`;
  if (!doc.number) return `${title ?? type}${when}`;
  const amending = !!rest && AMENDING.test(rest);
  if (style === 'state' && NAMED.test(type) && rest && !amending) return `${type} ${rest} số ${doc.number}${when}`;
  if (rest && (amending || style === 'state')) return `${type} số ${doc.number}${when} ${lowerFirst(rest)}`;
  return `${type} số ${doc.number}${when}`;
}

/** The amending document of a patch as a consolidation names it (a draft by its name, "(dự thảo)"). */
export function amendingName(patch: Patch, amended: DocumentMeta, dated: boolean): string {
  if (!patch.number) return amendingRef(patch, amended);
  const style = styleOf(amended);
  return documentName({ type: patch.type ?? amended.type, number: patch.number, title: patch.title, date: patch.date, issuer: patch.issuer }, style, dated);
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "lần thứ nhất", "lần thứ hai" … */
export function ordinalTime(n: number): string {
  return `lần thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

/**
 * "Từ" or "Cụm từ", and the verb of a deletion ("bỏ" or "bãi bỏ"), as the amending document words
 * its instruction: its lead-in is the change's `reason` when a compiler wrote it ("Bỏ từ
 * “quy hoạch,” tại …"). Without one, a single syllable is a "Từ", anything longer a "Cụm từ", and
 * a deletion "được bỏ".
 */
function phraseWords(change: Change, phrase: string): { noun: 'Từ' | 'Cụm từ'; deleted: 'bỏ' | 'bãi bỏ' } {
  const reason = (change.reason ?? '').normalize('NFC');
  const at = [phrase, phrase.trim(), quoted(phrase)].map((x) => reason.indexOf(Q(x.normalize('NFC')))).find((i) => i >= 0) ?? -1;
  let noun: 'Từ' | 'Cụm từ' | undefined;
  let deleted: 'bỏ' | 'bãi bỏ' = 'bỏ';
  if (at >= 0) {
    const before = reason.slice(0, at).trimEnd();
    if (/cụm từ$/iu.test(before)) noun = 'Cụm từ';
    else if (/(?:^|\s)từ$/iu.test(before)) noun = 'Từ';
    if (/bãi bỏ(?:\s+(?:các\s+)?(?:cụm\s+)?từ)?$/iu.test(before)) deleted = 'bãi bỏ';
  } else if (/^\s*bãi bỏ\s+(?:các\s+)?(?:cụm\s+)?từ/iu.test(reason)) deleted = 'bãi bỏ';
  noun ??= /\s/u.test(phrase.trim()) ? 'Cụm từ' : 'Từ';
  return { noun, deleted };
}

/**
 * A phrase as a footnote quotes it: without edge spaces, and without the ", " or "; " that only
 * joins it to its sentence (a deleted or inserted phrase; a replacement when both sides have it).
 * A trailing comma is kept: it is the law's ("Cụm từ “thanh tra,” được bỏ").
 */
const JOIN = /^[,;]\s+/u;
function quoted(s: string, other?: string): string {
  const t = s.trim();
  if (other === undefined) return t.replace(JOIN, '');
  const o = other.trim();
  return JOIN.test(t) && JOIN.test(o) && t.charAt(0) === o.charAt(0) ? t.replace(JOIN, '') : t;
}

/** The sentence of one phrase change: "Cụm từ “A” được thay thế bằng cụm từ “B”". */
function phraseSubject(change: Change): string | undefined {
  switch (change.op) {
    case 'replace_phrase': {
      const a = phraseWords(change, change.find);
      const b = phraseWords(change, change.with);
      return change.with.trim() === ''
        ? `${a.noun} ${Q(quoted(change.find))} được ${a.deleted}`
        : `${a.noun} ${Q(quoted(change.find, change.with))} được thay thế bằng ${lowerFirst(b.noun)} ${Q(quoted(change.with, change.find))}`;
    }
    case 'delete_phrase': {
      const a = phraseWords(change, change.find);
      return `${a.noun} ${Q(quoted(change.find))} được ${a.deleted}`;
    }
    case 'insert_phrase':
      return `${phraseWords(change, change.text).noun} ${Q(quoted(change.text))} được bổ sung`;
    default:
      return undefined;
  }
}

const PHRASE_OPS = new Set<Change['op']>(['replace_phrase', 'delete_phrase', 'insert_phrase']);

/** Where a unit's footnote mark goes: right after its label; an article's at the end of its heading. */
function unitMarkAt(text: string, u: Unit): number {
  if (isHeadingKind(u.kind) && u.headingEnd !== undefined && u.headingEnd > u.labelEnd) return u.headingEnd;
  let end = u.labelEnd;
  // after a bullet's space, so that a Markdown list item stays one
  if (u.kind === 'bullet') while (end < u.end && /[ \t]/.test(text.charAt(end))) end++;
  return end;
}

const HISTORY = /^(?:Khoản|Điểm|Điều|Tiết|Chương|Mục|Phần|Nội dung|Tên Điều|Tên khoản|Tên điểm) này được /u;

/**
 * The base's own footnote on a unit, when the base is itself a consolidation: a call right after
 * the unit's label ("2. [^5] …") or at the end of an article's heading, whose text is a
 * consolidation's sentence ("Khoản này được sửa đổi, bổ sung theo quy định tại …"). Returns its
 * label and its sentences, each a change of the unit's history.
 */
function priorHistory(text: string, u: Unit, defs: ReadonlyMap<string, string> = footnoteDefinitions(text)): { label: string; sentences: string[] } | undefined {
  let m: RegExpExecArray | null;
  if (isHeadingKind(u.kind) && u.headingEnd !== undefined && u.headingEnd > u.labelEnd) m = /\[\^([^\]\s]+)\]\s*$/u.exec(text.slice(u.labelEnd, u.headingEnd));
  else m = /^[ \t]*\[\^([^\]\s]+)\]/u.exec(text.slice(u.labelEnd, Math.min(u.end, u.labelEnd + 64)));
  if (!m) return undefined;
  const label = m[1]!;
  const note = defs.get(label);
  if (!note || !HISTORY.test(note)) return undefined;
  // one sentence per change; a sentence that opens no change ("Quy định liên quan … có hiệu lực …") stays with the one before
  const sentences = note.split(/(?<=\.)\s+(?=(?:Khoản|Điểm|Điều|Tiết|Chương|Mục|Phần|Nội dung|Tên Điều) này được )/u);
  return { label, sentences };
}

/** The footnote definitions of a Markdown text (`[^label]: …`, with their indented continuation lines), whitespace folded. */
function footnoteDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  if (!text.includes('[^')) return defs;
  for (const m of text.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*(?:\r?\n[ \t]+\S.*)*)/gmu)) {
    if (!defs.has(m[1]!)) defs.set(m[1]!, m[2]!.replace(/\s+/gu, ' ').trim().normalize('NFC'));
  }
  return defs;
}

/** A history sentence of the insertion that created the unit: "Khoản này được bổ sung theo …". */
const INSERTED = /^\S+(?: \S+)? này được bổ sung(?: lần thứ \S+)? theo /u;

/** A history sentence numbered anew: "… được sửa đổi, bổ sung lần thứ hai theo quy định tại …". */
function renumbered(sentence: string, time: string): string {
  const bare = sentence.replace(/ lần thứ \S+(?= theo )/u, '');
  const at = bare.indexOf(' theo ');
  return at < 0 || !time ? bare : `${bare.slice(0, at)} ${time}${bare.slice(at)}`;
}

export interface NoteOptions {
  /** the locator of a change without `source` (its item in the drafted amending document) */
  numbered(record: ChangeRecord): string | undefined;
}

/** Every footnote of the consolidation of `d`, with the place of its mark. */
export function consolidationNotes(d: AppliedDocument, patches: readonly LoadedPatch[], opts: NoteOptions): ConsolidationNote[] {
  const result = d.result;
  const text = result.source.text;
  const amended = d.original.meta;
  const style = styleOf(amended);
  const records = d.changes.filter((r) => r.status === 'applied');
  const byKey = new Map(records.map((r) => [`${r.patch}:${r.index}`, r]));
  const changeOf = (r: ChangeRecord): Change | undefined => patches[r.patch]?.patch?.changes[r.index];
  const basis = (r: ChangeRecord): string => {
    const lp = patches[r.patch]!;
    const change = changeOf(r);
    const loc = change?.source?.normalize('NFC').trim() || opts.numbered(r);
    const name = amendingName(lp.patch!, amended, false);
    return `${loc ? `theo quy định tại ${loc} của ${name}` : `theo quy định của ${name}`}${effectiveClause(r.effective, style)}`;
  };
  // a part of the change the hiệu lực article dates apart: " Quy định liên quan đến … có hiệu lực
  // kể từ ngày 01 tháng 01 năm 2025 theo quy định tại khoản 2 Điều 3 của Luật số 51/2024/QH15 …."
  const part = (r: ChangeRecord): string => {
    const p = changeOf(r)?.effective_part;
    if (!p) return '';
    const name = amendingName(patches[r.patch]!.patch!, amended, false);
    return ` ${p.scope.normalize('NFC').trim().replace(/[.;]$/u, '')} có hiệu lực kể từ ${formatDatePrinted(p.date, dateForm(style))} theo quy định tại ${p.source.normalize('NFC').trim()} của ${name}.`;
  };
  const out: ConsolidationNote[] = [];
  let defs: Map<string, string> | undefined;
  const baseDefs = (): Map<string, string> => (defs ??= footnoteDefinitions(d.original.source.text));

  // units: the history of each unit a change wrote as a whole, in the order the changes applied
  const history = new Map<string, ChangeRecord[]>();
  for (const r of records) {
    const change = changeOf(r);
    if (!change || PHRASE_OPS.has(change.op)) continue;
    const anchors = change.op === 'move' ? (r.moved ? [r.moved.to] : []) : r.units;
    for (const a of anchors) {
      if (!result.byAnchor.has(a)) continue;
      const list = history.get(a) ?? [];
      if (!list.includes(r)) list.push(r);
      history.set(a, list);
    }
  }
  for (const [anchor, list] of history) {
    const u = result.byAnchor.get(anchor)!;
    const word = u.kind === 'bullet' ? 'Nội dung' : capitalise(unitWord(u, result.meta, style));
    // the base's own history of the unit, when the base is a consolidation and the change
    // rewrote the unit (the base's call went with its old text)
    const was = d.original.byAnchor.get(anchor);
    const prior = was && !list.some((r) => changeOf(r)!.op === 'insert') ? priorHistory(d.original.source.text, was, baseDefs()) : undefined;
    const earlier = prior && !priorHistory(text, u, baseDefs()) ? prior.sentences : [];
    // "lần thứ nhất", "lần thứ hai" … count the unit's amendments, when there are several; the
    // insertion that created it is not one of them ("Điều này được bổ sung theo …. Điều này được
    // sửa đổi, bổ sung theo …", as VBHN 22 carries the history of Điều 7a and khoản 3 Điều 8 on)
    const created = [...earlier.map((x) => INSERTED.test(x)), ...list.map((r) => changeOf(r)!.op === 'insert')];
    const amendments = created.filter((c) => !c).length;
    const times: string[] = [];
    let n = 0;
    for (const c of created) times.push(!c && amendments > 1 ? ordinalTime(++n) : '');
    const head = earlier.map((x, i) => renumbered(x, times[i]!));
    const sentences = list.map((r, k) => {
      const i = earlier.length + k;
      const change = changeOf(r)!;
      const time = times[i] ? ` ${times[i]}` : '';
      const by = basis(r);
      switch (change.op) {
        case 'replace_heading':
          return `Tên ${word === 'Điều' ? 'Điều' : lowerFirst(word)} này được sửa đổi${time} ${by}.${part(r)}`;
        case 'move': {
          const from = r.moved ? d.original.byAnchor.get(r.moved.from) : undefined;
          const was = from ? ` từ ${formatCitation(from, amended, style)}` : '';
          return `${word} này được chuyển${was}${time} ${by}.${part(r)}`;
        }
        case 'insert':
          return `${word} này được bổ sung${time} ${by}.${part(r)}`;
        case 'repeal':
          return `${word} này được bãi bỏ${time} ${by}.${part(r)}`;
        default:
          return `${word} này được sửa đổi, bổ sung${time} ${by}.${part(r)}`;
      }
    });
    out.push({ at: unitMarkAt(text, u), text: [...head, ...sentences].join(' '), anchor, kind: 'unit', ...(earlier.length ? { carries: [prior!.label] } : {}) });
  }

  // phrases: a footnote at each place a phrase change wrote (after the new words) or deleted
  // words; changes whose pieces touch (a later document rewording what an earlier one wrote)
  // share the place and the footnote, their sentences in the order they applied
  let pos = result.bodyStart;
  let group: { keys: string[]; end: number; wrote: boolean } | undefined;
  const flush = (): void => {
    if (!group) return;
    const sentences: string[] = [];
    let at = group.end;
    // where words were only deleted, the mark follows the word before them
    if (!group.wrote) while (at > result.bodyStart && /[ \t]/.test(text.charAt(at - 1))) at--;
    const holder = deepest(result.units, at);
    const rs = group.keys.map((k) => byKey.get(k)).filter((r): r is ChangeRecord => !!r).sort((x, y) => x.patch - y.patch || x.index - y.index);
    for (const r of rs) {
      const subject = phraseSubject(changeOf(r)!);
      if (subject) sentences.push(`${subject} ${basis(r)}.${part(r)}`);
    }
    if (sentences.length > 0) out.push({ at, text: [...new Set(sentences)].join(' '), anchor: holder?.anchor ?? '', kind: 'phrase' });
    group = undefined;
  };
  for (const p of d.pieces) {
    const len = pieceLength(p);
    const r = p.kind === 'orig' ? undefined : byKey.get(`${p.by.patch}:${p.by.change}`);
    const phrase = !!r && PHRASE_OPS.has(changeOf(r)!.op) && !(p.kind === 'new' && p.moved);
    if (!phrase || !r) {
      // text nobody changed, or a unit written whole, ends the place
      if (len > 0) flush();
    } else {
      const key = `${r.patch}:${r.index}`;
      group ??= { keys: [], end: pos, wrote: false };
      if (!group.keys.includes(key)) group.keys.push(key);
      group.end = pos + len;
      group.wrote ||= len > 0;
    }
    pos += len;
  }
  flush();
  return out.sort((a, b) => a.at - b.at);
}

/** The deepest unit holding offset `at`. */
function deepest(units: readonly Unit[], at: number): Unit | undefined {
  for (const u of units) if (u.start <= at && at <= u.end) return deepest(u.children, at) ?? u;
  return undefined;
}
