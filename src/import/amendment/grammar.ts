/**
 * The lead-in of one instruction of an amending document, read by the formulas of Luật Ban hành
 * văn bản quy phạm pháp luật 2025 / Nghị định 78/2025 and of Party practice
 * (vietnamese-conventions.md §2): "Sửa đổi, bổ sung {đơn vị} như sau:", "Sửa đổi, bổ sung một số
 * khoản của Điều N như sau:" (a container for a), b) …), "Bổ sung {mới} vào sau {đơn vị} như
 * sau:", "Sửa đổi tên Điều N", "Bãi bỏ {đơn vị}", "Thay (thế) cụm từ “A” bằng cụm từ “B” tại …",
 * "Bỏ / Bãi bỏ cụm từ “A” tại …", "Bổ sung cụm từ “A” vào sau cụm từ “B” tại …". Longer verbs are
 * tried first ("Sửa đổi, bổ sung" before "Bổ sung"; "Bãi bỏ cụm từ" before "Bãi bỏ").
 *
 * Places are kept as written here; the compiler locates them (locators.ts) in its context.
 */

export type PhraseItem =
  | { op: 'replace_phrase'; find: string; with: string; places: string }
  | { op: 'delete_phrase'; find: string; places: string }
  | { op: 'insert_phrase'; text: string; after?: string; before?: string; places: string };

export type LeadIn =
  /** "Sửa đổi, bổ sung một số khoản của Điều 6 như sau:": the places of the items below */
  | { kind: 'container'; places?: string }
  /** "Sửa đổi, bổ sung khoản 2 Điều 3 như sau:" (the new text follows, quoted) */
  | { kind: 'replace'; places: string }
  /** "Sửa đổi tên Điều 41 như sau:" */
  | { kind: 'heading'; places: string }
  /** "Bổ sung khoản 9 vào sau khoản 8 Điều 2 như sau:" */
  | { kind: 'insert'; units: string; where: 'after' | 'before' | 'into'; anchor: string }
  /** "Bãi bỏ khoản 3 và khoản 4 Điều 7." */
  | { kind: 'repeal'; places: string }
  | { kind: 'phrase'; items: PhraseItem[] };

const AS_FOLLOWS = String.raw`(?:\s+như\s+sau|\s+sau\s+đây)?\s*:?`;
const UNIT_WORDS = String.raw`(?:điểm|khoản|điều|tiết|chương|mục|phần|nội dung|quy định)`;
const CONTAINER = new RegExp(
  String.raw`^(?:sửa\s+đổi,?\s+bổ\s+sung|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|thay|bỏ)(?:\s*,\s*(?:bổ\s+sung|bãi\s+bỏ|bỏ|thay\s+thế))*\s+(?:cụm\s+từ\s+)?(?:(?:tại|ở|của)\s+)?(?:một\s+số|các)\s+${UNIT_WORDS}(?:\s*(?:,|và)\s*${UNIT_WORDS})*(?:\s+(?:của|tại|thuộc)\s+(.+?))?${AS_FOLLOWS}$`,
  'iu',
);
const HEADING = new RegExp(String.raw`^sửa\s+đổi(?:,?\s+bổ\s+sung)?\s+tên\s+(?:của\s+)?(.+?)${AS_FOLLOWS}$`, 'iu');
const REPLACE = new RegExp(String.raw`^sửa\s+đổi(?:,?\s+bổ\s+sung)?\s+(.+?)${AS_FOLLOWS}$`, 'iu');
const REPLACE_PASSIVE = new RegExp(String.raw`^(.+?)\s+được\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?${AS_FOLLOWS}$`, 'iu');
const INSERT = new RegExp(String.raw`^bổ\s+sung\s+(.+?)\s+vào\s+(?:(sau|trước)\s+)?(.+?)${AS_FOLLOWS}$`, 'iu');
const REPEAL = /^bãi\s+bỏ\s+(.+?)[.;]?$/iu;
const REPEAL_PASSIVE = /^(.+?)\s+(?:bị|được)\s+bãi\s+bỏ[.;]?$/iu;

const Q = String.raw`“([^”]*)”`;
const WORD = String.raw`(?:cụm\s+từ|từ|cụm\s+từ\s+ngữ)`;
const PHRASE_REPLACE = new RegExp(String.raw`^${WORD}\s+${Q}\s+(?:bằng|thành)\s+${WORD}\s+${Q}\s+(?:tại|ở|trong)\s+(.+)$`, 'iu');
// "Thay thế cụm từ “A” tại khoản 1 Điều 2 thành cụm từ “B”": the places between the phrases
const PHRASE_REPLACE_BETWEEN = new RegExp(String.raw`^${WORD}\s+${Q}\s+(?:tại|ở|trong)\s+(.+?)\s+(?:bằng|thành)\s+${WORD}\s+${Q}$`, 'iu');
const PHRASE_DELETE = new RegExp(String.raw`^${WORD}\s+${Q}\s+(?:tại|ở|trong)\s+(.+)$`, 'iu');
const PHRASE_INSERT = new RegExp(String.raw`^${WORD}\s+${Q}\s+vào\s+(sau|trước)\s+${WORD}\s+${Q}\s+(?:tại|ở|trong)\s+(.+)$`, 'iu');

/** The items of a phrase instruction, split at "; cụm từ “…" (one verb, several phrases). */
function phraseParts(rest: string): string[] {
  return rest.split(/\s*;\s*(?=(?:cụm\s+từ|từ)\s+“)/iu);
}

function clean(places: string): string {
  return places.replace(/[\s.;:,]+$/u, '').trim();
}

function readPhrases(verb: 'replace' | 'delete' | 'insert', rest: string): PhraseItem[] | undefined {
  const items: PhraseItem[] = [];
  for (const part of phraseParts(rest.replace(/[.;]\s*$/u, ''))) {
    let m: RegExpExecArray | null;
    if (verb === 'replace') {
      if ((m = PHRASE_REPLACE.exec(part))) items.push({ op: 'replace_phrase', find: m[1]!, with: m[2]!, places: clean(m[3]!) });
      else if ((m = PHRASE_REPLACE_BETWEEN.exec(part))) items.push({ op: 'replace_phrase', find: m[1]!, with: m[3]!, places: clean(m[2]!) });
      else return undefined;
    } else if (verb === 'delete') {
      if ((m = PHRASE_DELETE.exec(part))) items.push({ op: 'delete_phrase', find: m[1]!, places: clean(m[2]!) });
      else return undefined;
    } else {
      if ((m = PHRASE_INSERT.exec(part))) {
        const where = m[2]!.toLowerCase() === 'sau' ? 'after' : 'before';
        items.push({ op: 'insert_phrase', text: m[1]!, [where]: m[3]!, places: clean(m[4]!) });
      } else return undefined;
    }
  }
  return items.length ? items : undefined;
}

/** The formula of a lead-in (its label removed), or undefined when it is none of the grammar's. */
export function readLeadIn(input: string): LeadIn | undefined {
  const s = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  let m: RegExpExecArray | null;
  // phrases first: "Bãi bỏ cụm từ" is not "Bãi bỏ {đơn vị}", "Bổ sung cụm từ" not "Bổ sung {đơn vị}"
  if ((m = /^thay(?:\s+thế)?\s+(?=(?:cụm\s+)?từ\s+“)(.+)$/iu.exec(s))) {
    const items = readPhrases('replace', m[1]!);
    return items ? { kind: 'phrase', items } : undefined;
  }
  if ((m = /^(?:bỏ|bãi\s+bỏ)\s+(?=(?:cụm\s+)?từ\s+“)(.+)$/iu.exec(s))) {
    const items = readPhrases('delete', m[1]!);
    return items ? { kind: 'phrase', items } : undefined;
  }
  if ((m = /^bổ\s+sung\s+(?=(?:cụm\s+)?từ\s+“)(.+)$/iu.exec(s))) {
    const items = readPhrases('insert', m[1]!);
    return items ? { kind: 'phrase', items } : undefined;
  }
  if ((m = CONTAINER.exec(s))) return m[1] ? { kind: 'container', places: clean(m[1]) } : { kind: 'container' };
  if ((m = HEADING.exec(s))) return { kind: 'heading', places: clean(m[1]!) };
  if (/^sửa\s+đổi/iu.test(s)) {
    // "Sửa đổi, bổ sung khoản 2, bổ sung khoản 5 Điều 26": two verbs on different units — refused
    if (/^sửa\s+đổi,?\s+bổ\s+sung\s.+,\s*bổ\s+sung\s+(?:điểm|khoản|điều)/iu.test(s)) return undefined;
    if ((m = REPLACE.exec(s)) && /như\s+sau\s*:?$|:$/iu.test(s)) return { kind: 'replace', places: clean(m[1]!) };
    return undefined;
  }
  if ((m = INSERT.exec(s)) && /như\s+sau\s*:?$|:$/iu.test(s)) {
    const where = !m[2] ? 'into' : m[2].toLowerCase() === 'sau' ? 'after' : 'before';
    return { kind: 'insert', units: clean(m[1]!), where, anchor: clean(m[3]!) };
  }
  if ((m = REPEAL.exec(s))) return { kind: 'repeal', places: clean(m[1]!) };
  if ((m = REPLACE_PASSIVE.exec(s))) return { kind: 'replace', places: clean(m[1]!) };
  if ((m = REPEAL_PASSIVE.exec(s))) return { kind: 'repeal', places: clean(m[1]!) };
  return undefined;
}

/** Whether a text opens with an amending verb (an instruction, or an article of instructions). */
export function isAmendingVerb(s: string): boolean {
  return /^(?:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|thay\s+(?:cụm\s+)?từ|bỏ\s+(?:cụm\s+)?từ)/iu.test(s.normalize('NFC').trim());
}
