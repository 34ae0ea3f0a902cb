/**
 * The document being amended: its body cut into chunks at heading-level labels (Phần, Chương,
 * Mục, Tiểu mục, Điều), each chunk with its own text, piece list and parsed units. Edits come in
 * through one applier (applyEdits, edits.ts) and re-parse only the chunks they touch (so 1,000
 * changes to a 5 MB regulation stay linear); the tree of the whole document is kept up to date
 * chunk by chunk (relink) or, when headings change, assembled again from the chunks' heading
 * units (assembleTree), explicitly, before anything reads it. Unit offsets here are relative to
 * their chunk; at the end the amended document is built from the chunks' units (result()).
 */
import { isHeadingPattern, KIND_RANK } from '../document/kinds.js';
import { assignAnchors, segment, uniqueAnchor } from '../document/anchor.js';
import { isHeadingKind, type DocumentMeta, type RegulationDocument, type Unit, type UnitTree } from '../document/model.js';
import { unitAt } from '../document/tree.js';
import { arabicKey, romanKey, type SequenceKey } from '../document/numbering.js';
import { detectEol, parseRegulation, parseUnits, type ParseContext } from '../document/parse.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../text/source.js';
import { itemHeadingStart, lineContentStart } from '../text/markup.js';
import { trimEndAt } from '../text/space.js';
import type { SegmentKey } from './keycache.js';
import { Rope, type TextLike } from './rope.js';
import { orderEdits, type Edit } from './edits.js';
import { compact, splice, splitAt, type Piece, type Writer } from './pieces.js';

export class Chunk {
  private rope: Rope;
  /** how many children of each root come from the chunk itself (the rest are linked headings) */
  own = new Map<Unit, number>();
  roots: Unit[] = [];
  constructor(
    text: string,
    public pieces: Piece[],
  ) {
    this.rope = new Rope(text);
  }

  /** The chunk's text (joined from its blocks when it was edited in place). */
  get text(): string {
    return this.rope.toString();
  }

  set text(t: string) {
    this.rope = new Rope(t);
    this.breaks = undefined;
  }

  /** offsets of the line breaks of the text, built on first use and kept by inline edits */
  private breaks: Int32Array | undefined;

  /** The line holding offset i: [start, end) without its line break. */
  lineAt(i: number): [number, number] {
    if (!this.breaks) {
      const t = this.rope.toString();
      const out: number[] = [];
      for (let k = t.indexOf('\n'); k >= 0; k = t.indexOf('\n', k + 1)) out.push(k);
      this.breaks = Int32Array.from(out);
    }
    const b = this.breaks;
    // the first break at or after i
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? b[lo - 1]! + 1 : 0, lo < b.length ? b[lo]! : this.rope.length];
  }

  /** The text for local reads (characters, short slices, line bounds) without joining it. */
  get body(): TextLike {
    return this.rope;
  }

  /** Replace [s, e) of the text with t, in place. */
  spliceText(s: number, e: number, t: string): void {
    if (this.breaks && !/[\r\n]/.test(t) && !/[\r\n]/.test(this.rope.slice(s, e))) {
      const delta = t.length - (e - s);
      const b = this.breaks;
      for (let k = b.length - 1; k >= 0 && b[k]! >= e; k--) b[k] = b[k]! + delta;
    } else this.breaks = undefined;
    this.rope.splice(s, e, t);
  }

  /** the parse context after this chunk (valid for the first `ctxValid` chunks of the document) */
  ctx?: HeadingContext;
  /** matching keys of segments of this chunk, patched by inline edits (phrase.ts, keycache.ts) */
  keys?: SegmentKey[];
  /** replaced by fresh chunks (a re-parse): no longer part of the document */
  retired = false;

  /** The units cut from this chunk's own text: each root with its own children (not the headings linked under it). */
  ownChildren(root: Unit): readonly Unit[] {
    const own = this.own.get(root) ?? root.children.length;
    return own === root.children.length ? root.children : root.children.slice(0, own);
  }
}

/** What a chunk's parse needs to know of the chunks before it. */
interface HeadingContext {
  explicitPhan: boolean;
  lastDieu?: SequenceKey;
  lastChuong?: SequenceKey;
}

function sameKey(a: SequenceKey | undefined, b: SequenceKey | undefined): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

function sameContext(a: HeadingContext, b: HeadingContext): boolean {
  return a.explicitPhan === b.explicitPhan && sameKey(a.lastDieu, b.lastDieu) && sameKey(a.lastChuong, b.lastChuong);
}

const NO_CONTEXT: HeadingContext = { explicitPhan: false };

function contextAfter(before: HeadingContext, chunk: Chunk): HeadingContext {
  let ctx = before;
  for (const r of chunk.roots) {
    if (r.pattern === 'phan' && !ctx.explicitPhan) ctx = { ...ctx, explicitPhan: true };
    if (r.kind === 'dieu') ctx = { ...ctx, lastDieu: arabicKey(r.number) };
    if (r.kind === 'chuong') ctx = { ...ctx, lastChuong: keyOfNumber(r.number) };
  }
  return ctx;
}

export interface Pos {
  chunk: Chunk;
  offset: number;
}

/** An edit of the working document (edits.ts): a range of chunk positions and its new text. */
export type WorkingEdit = Edit<Pos>;

/** The tree assembled from the chunks' heading units, with its indexes. */
interface Assembly {
  tops: Unit[];
  /** article segment ("dieu-5a") → the articles printed with it, in order */
  articles: Map<string, Unit[]>;
  /** anchor → heading above the articles (Phần, Chương, Mục, Tiểu mục) */
  headings: Map<string, Unit>;
}

/**
 * Assemble the document tree from the chunks' roots: each heading goes under the nearest heading
 * of a higher rank before it, each other root under the last heading; a Roman heading reads as
 * Mục under an explicit Phần and as Phần otherwise; the roots keep only their own children (the
 * headings linked under them are linked again); headings get their anchors (a repeated one
 * `--2`), and their own descendants follow when a heading's anchor changes.
 */
export function assembleTree(chunks: readonly Chunk[]): Assembly {
  const a: Assembly = { tops: [], articles: new Map(), headings: new Map() };
  const stack: Array<{ u: Unit; rank: number }> = [];
  for (const chunk of chunks) {
    for (const r of chunk.roots) {
      r.children.length = chunk.own.get(r) ?? r.children.length;
      let parent = stack.length > 0 ? stack[stack.length - 1]!.u : null;
      if (isHeadingPattern(r.pattern)) {
        let rank = isHeadingKind(r.kind) ? KIND_RANK[r.kind] : 0;
        if (r.pattern === 'roman') {
          const explicit = stack.some((x) => x.u.pattern === 'phan');
          rank = explicit ? 2 : 0;
          r.kind = explicit ? 'muc' : 'phan';
        }
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
        parent = stack.length > 0 ? stack[stack.length - 1]!.u : null;
        stack.push({ u: r, rank });
      }
      r.parent = parent;
      (parent ? parent.children : a.tops).push(r);
      if (isHeadingPattern(r.pattern)) anchorHeading(a, chunk, r, parent);
    }
  }
  return a;
}

/** A heading unit's anchor from its parent's (articles are anchored on themselves). */
function anchorHeading(a: Assembly, chunk: Chunk, r: Unit, parent: Unit | null): void {
  const base = r.kind === 'dieu' || !parent ? segment(r) : `${parent.anchor}.${segment(r)}`;
  let anchor: string;
  if (r.kind === 'dieu') {
    const list = a.articles.get(base) ?? [];
    anchor = uniqueAnchor(base, (x) => list.some((u) => u.anchor === x));
    list.push(r);
    a.articles.set(base, list);
  } else {
    anchor = uniqueAnchor(base, (x) => a.headings.has(x));
    a.headings.set(anchor, r);
  }
  setAnchor(chunk, r, anchor);
}

/** Give a heading its anchor; its own descendants follow. */
function setAnchor(chunk: Chunk, r: Unit, anchor: string): void {
  if (anchor === r.anchor) return;
  r.anchor = anchor;
  assignAnchors(chunk.ownChildren(r), anchor);
}


/** Move a unit's own offsets (not its descendants'). */
function shiftOne(u: Unit, delta: number): void {
  u.start += delta;
  u.end += delta;
  u.labelStart += delta;
  u.labelEnd += delta;
  u.bodyStart += delta;
  u.ownEnd += delta;
  if (u.headingStart !== undefined) u.headingStart += delta;
  if (u.headingEnd !== undefined) u.headingEnd += delta;
}

/** Move a unit's offsets and its descendants'. */
function shift(u: Unit, delta: number): void {
  shiftOne(u, delta);
  for (const c of u.children) shift(c, delta);
}

/** A copy of a unit and of its descendants that lie in [a, b), with offsets relative to a. */
function cloneOwn(u: Unit, parent: Unit | null, a: number, b: number): Unit {
  const c: Unit = { ...u, parent, children: [] };
  shift(c, -a);
  for (const child of u.children) if (child.start < b) c.children.push(cloneOwn(child, c, a, b));
  if (u.end > b) c.end = Math.max(c.ownEnd, ...c.children.map((x) => x.end));
  return c;
}

/** Characters an inline edit may not hold or touch: line breaks, quotes (they hide labels),
 *  Markdown punctuation, invisible characters (a diagnostic inside labels). */
const STRUCTURAL = /[\r\n*_`\\<>[\]&~|!#{}"“”«»„\u00ad\u200b-\u200d\u2060\ufeff]/;
/** How far into a line's content a label (and what decides it) can reach. */
const LABEL_REACH = 32;
/** A line that starts like a heading-level label: whether it is one depends on all its text. */
const HEADING_LIKE = /^[\s*_\-–•+]*(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Tiểu|TIỂU|Phần|PHẦN|[IVXLCDM]+[\s.\-–])/u;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*\r?$/;
const OFFSETS = ['start', 'end', 'labelStart', 'labelEnd', 'bodyStart', 'ownEnd', 'headingStart', 'headingEnd'] as const;

function keyOfNumber(n: string): SequenceKey {
  return /^\d/.test(n) ? arabicKey(n) : romanKey(n);
}

export class WorkingDocument {
  readonly meta: DocumentMeta;
  readonly name: string;
  /** BOM and front matter: never edited */
  readonly prefix: string;
  chunks: Chunk[] = [];
  /**
   * The chunk of each chunk root. A unit's chunk is its nearest ancestor-or-self that is a root
   * (chunkOf): a chunk's other units are its roots' own descendants, and the headings linked
   * under a root of another chunk are roots of their own. (A WeakMap of every unit, set again on
   * every recut, was 2–4 % of the CPU profile of an `amend` of 2,184 changes on 5 MB, and it
   * kept the retired units' entries for the GC's ephemeron work.)
   */
  private rootChunk = new Map<Unit, Chunk>();
  private assembled: Unit[] | null = null;
  /** edits applied in place (without parsing their chunk again): for tests */
  readonly stats = { inline: 0 };
  /** how many leading chunks have a valid `ctx` */
  private ctxValid = 0;
  /** the article and heading indexes of the assembled tree (kept by relink, rebuilt with it) */
  private articles = new Map<string, Unit[]>();
  private headings = new Map<string, Unit>();

  /**
   * Whether the chunks' units are the units of a parse of the whole text (result()): false once a
   * chunk parsed again ended inside a quotation (the whole text's parse would read what follows
   * inside it), or when the original's own parse found a quotation open to its end (it was then
   * read without quote tracking, which a chunk's parse does not do).
   */
  private chunkwise: boolean;

  constructor(readonly original: RegulationDocument) {
    this.chunkwise = !original.diagnostics.some((d) => d.message.id === 'numbering.unclosed-quote');
    this.meta = original.meta;
    this.name = original.meta.number ?? original.meta.title ?? original.source.path;
    const text = original.source.text;
    this.prefix = text.slice(0, original.bodyStart);
    const boundaries = original.all.filter((u) => isHeadingKind(u.kind)).map((u) => u.start);
    const starts = [original.bodyStart, ...boundaries.filter((b) => b > original.bodyStart)];
    // the roots of each chunk: units starting in it whose parent starts before it (or headings)
    const rootsOf: Unit[][] = starts.map(() => []);
    let c = 0;
    for (const u of original.all) {
      while (c + 1 < starts.length && u.start >= starts[c + 1]!) c++;
      if (u.parent === null || u.parent.start < starts[c]! || isHeadingKind(u.kind)) rootsOf[c]!.push(u);
    }
    for (let i = 0; i < starts.length; i++) {
      const a = starts[i]!;
      const b = i + 1 < starts.length ? starts[i + 1]! : text.length;
      if (b <= a && i > 0) continue;
      const roots = rootsOf[i]!;
      const chunk = new Chunk(text.slice(a, b), b > a ? [{ kind: 'orig', start: a, end: b }] : []);
      for (const r of roots) {
        const c = cloneOwn(r, null, a, b);
        chunk.roots.push(c);
        chunk.own.set(c, c.children.length);
      }
      this.register(chunk);
      this.chunks.push(chunk);
    }
  }

  private register(chunk: Chunk, fresh = false): void {
    // articles are anchored on themselves: a chunk's anchors do not depend on other chunks
    if (fresh) assignAnchors(chunk.roots);
    for (const r of chunk.roots) this.rootChunk.set(r, chunk);
  }

  /**
   * Assemble the tree again if an edit left it stale (headings added, removed or renumbered;
   * edits inside articles keep it up to date, see relink). Every reader of the tree, of anchors
   * or of the article index calls it first.
   */
  private assemble(): Unit[] {
    if (!this.assembled) {
      const a = assembleTree(this.chunks);
      this.assembled = a.tops;
      this.articles = a.articles;
      this.headings = a.headings;
    }
    return this.assembled;
  }

  /**
   * The document as it now stands, for resolving citations and for tree queries: its top-level
   * units (valid until the next edit), its article index, its anchors.
   */
  tree(): UnitTree {
    return {
      meta: this.meta,
      name: this.name,
      units: this.assemble(),
      hasArticles: () => this.hasArticles(),
      anchor: (a) => this.anchor(a),
      articleIndex: () => this.articleIndex(),
    };
  }

  hasArticles(): boolean {
    return this.chunks.some((c) => c.roots.some((r) => r.kind === 'dieu'));
  }

  /** Find a unit by anchor, walking the tree (no index of every unit to keep up to date). */
  anchor(a: string): Unit | undefined {
    const tops = this.assemble();
    const segs = a.split('.');
    let start = 0;
    let current: Unit | undefined;
    const dieu = segs.findIndex((x) => x.startsWith('dieu-'));
    if (dieu >= 0) {
      const m = /^(dieu-[a-z0-9-]+?)(?:--(\d+))?$/.exec(segs[dieu]!);
      const list = m ? this.articles.get(m[1]!) : undefined;
      current = list?.[m?.[2] ? Number(m[2]) - 1 : 0];
      start = dieu + 1;
    } else {
      for (let k = segs.length; k > 0; k--) {
        const h = this.headings.get(segs.slice(0, k).join('.'));
        if (h) {
          current = h;
          start = k;
          break;
        }
      }
      if (!current) {
        current = findChild(tops, segs[0]!);
        start = 1;
      }
    }
    for (let k = start; current && k < segs.length; k++) current = findChild(current.children, segs[k]!);
    return current;
  }

  anchorOf(u: Unit): string {
    this.assemble();
    return u.anchor;
  }

  articleIndex(): Map<string, Unit[]> {
    this.assemble();
    return this.articles;
  }

  /** The deepest unit of a chunk holding an offset of it. */
  unitAt(chunk: Chunk, offset: number): Unit | undefined {
    let found: Unit | undefined;
    for (const r of chunk.roots) {
      if (r.start <= offset && offset <= Math.max(r.end, r.ownEnd)) found = unitAt(chunk.ownChildren(r), offset) ?? r;
    }
    return found;
  }

  chunkOf(u: Unit): Chunk {
    for (let r: Unit | null = u; r; r = r.parent) {
      const c = this.rootChunk.get(r);
      if (c) return c;
    }
    throw new Error(`unit ${u.label} is not in the working document`);
  }

  /** The current full text: one flat string (the prefix joined with the chunks, not prepended to
   *  their join: that made a concatenation the first search flattened into a second copy). */
  text(): string {
    const parts = [this.prefix];
    for (const c of this.chunks) parts.push(c.text);
    return parts.join('');
  }

  /**
   * The amended document as a parse of its text gives it, built from the chunks' units instead of
   * parsing the whole text again: the tree assembled, every unit's offsets made absolute, the
   * ends of headings whose descendants lie in later chunks extended to them, the anchors and the
   * unit index made as the parse makes them; the front matter is the original's (never edited).
   * Its diagnostics are those of a parse of the text, made on first use (no caller of an amended
   * document needs them on the way to its output). Where the chunks may not be the parse's units
   * (see `chunkwise`), or `reparse` asks it (the reference the tests compare with), the text is
   * parsed afresh, once the chunks are let go. The working document is spent: its units are the
   * result's.
   */
  result(reparse = false): { document: RegulationDocument; pieces: Piece[] } {
    const pieces = this.pieces();
    const original = this.original;
    const text = this.text();
    if (reparse || !this.chunkwise) {
      this.spend(); // the chunks and their units let go before the text is parsed
      return { document: parseRegulation(original.source.path, text), pieces };
    }
    const units = this.assemble();
    let at = this.prefix.length;
    for (const chunk of this.chunks) {
      for (const r of chunk.roots) {
        shiftOne(r, at);
        for (const c of chunk.ownChildren(r)) shift(c, at);
      }
      at += chunk.body.length;
    }
    const all: Unit[] = [];
    const extend = (us: readonly Unit[]): void => {
      for (const u of us) {
        all.push(u);
        if (u.children.length === 0) continue;
        extend(u.children);
        const last = u.children[u.children.length - 1]!;
        if (last.end > u.end) u.end = last.end;
      }
    };
    extend(units);
    const byAnchor = assignAnchors(units);
    const path = original.source.path;
    let diagnostics: Diagnostic[] | undefined;
    const document: RegulationDocument = {
      source: new SourceText(path, text),
      meta: original.meta,
      ...(original.frontMatter ? { frontMatter: original.frontMatter } : {}),
      bodyStart: original.bodyStart,
      bom: original.bom,
      eol: detectEol(text),
      units,
      all,
      byAnchor,
      get diagnostics(): Diagnostic[] {
        return (diagnostics ??= parseRegulation(path, text).diagnostics);
      },
    };
    this.spend();
    return { document, pieces };
  }

  private spend(): void {
    this.chunks = [];
    this.assembled = null;
    this.rootChunk.clear();
    this.articles.clear();
    this.headings.clear();
  }

  /** The current pieces of the body, in order. */
  pieces(): Piece[] {
    return compact(this.chunks.flatMap((c) => c.pieces));
  }

  startPos(u: Unit): Pos {
    return { chunk: this.chunkOf(u), offset: u.start };
  }

  /** The end of a unit's last descendant (which may lie in a later chunk). */
  endPos(u: Unit): Pos {
    let last = u;
    this.assemble();
    while (last.children.length > 0) last = last.children[last.children.length - 1]!;
    return { chunk: this.chunkOf(last), offset: last.end };
  }

  /** The text spans of a unit, chunk by chunk: [chunk, start, end). */
  spans(u: Unit): Array<{ chunk: Chunk; start: number; end: number }> {
    const a = this.startPos(u);
    const b = this.endPos(u);
    if (a.chunk === b.chunk) return [{ chunk: a.chunk, start: a.offset, end: b.offset }];
    const i = this.chunks.indexOf(a.chunk);
    const j = this.chunks.indexOf(b.chunk);
    const out = [{ chunk: a.chunk, start: a.offset, end: trimEndAt(a.chunk.text, 0, a.chunk.text.length) }];
    for (let k = i + 1; k < j; k++) out.push({ chunk: this.chunks[k]!, start: 0, end: trimEndAt(this.chunks[k]!.text, 0, this.chunks[k]!.text.length) });
    out.push({ chunk: b.chunk, start: 0, end: b.offset });
    return out;
  }

  /** The Markdown of a unit, as it now stands (descendants included), exactly. */
  unitText(u: Unit): string {
    const a = this.startPos(u);
    const b = this.endPos(u);
    if (a.chunk === b.chunk) return a.chunk.text.slice(a.offset, b.offset);
    const i = this.chunks.indexOf(a.chunk);
    const j = this.chunks.indexOf(b.chunk);
    let out = a.chunk.text.slice(a.offset);
    for (let k = i + 1; k < j; k++) out += this.chunks[k]!.text;
    return out + b.chunk.text.slice(0, b.offset);
  }

  /** The parse context after chunk k, computed forward from the last valid one. */
  private contextAt(k: number): HeadingContext {
    if (k < 0) return NO_CONTEXT;
    while (this.ctxValid <= k) {
      const n = this.ctxValid;
      this.chunks[n]!.ctx = contextAfter(n === 0 ? NO_CONTEXT : this.chunks[n - 1]!.ctx!, this.chunks[n]!);
      this.ctxValid++;
    }
    return this.chunks[k]!.ctx!;
  }

  private contextBefore(index: number): ParseContext {
    const c = this.contextAt(index - 1);
    const ctx: ParseContext = { quoteMayStayOpen: true };
    if (c.explicitPhan) ctx.explicitPhan = true;
    if (c.lastDieu) ctx.lastDieu = c.lastDieu;
    if (c.lastChuong) ctx.lastChuong = c.lastChuong;
    return ctx;
  }

  /**
   * After chunks [i, i + removed) were replaced by `fresh`: keep the contexts of the chunks after
   * them when the fresh chunks end in the same context (the usual case), else recompute forward
   * until a stored context agrees again.
   */
  private updateContexts(i: number, removed: number, oldEnd: HeadingContext | undefined, fresh: number): void {
    const validBefore = this.ctxValid;
    if (validBefore <= i) return;
    const oldValidAfter = validBefore - removed; // count of valid chunks after the splice, were all kept
    this.ctxValid = i;
    const last = i + fresh - 1;
    const end = fresh > 0 ? this.contextAt(last) : this.contextAt(i - 1);
    if (oldEnd && sameContext(end, oldEnd)) {
      this.ctxValid = Math.max(this.ctxValid, oldValidAfter + fresh);
      return;
    }
    // propagate until a stored (still valid) context agrees
    let prev = end;
    let k = last + 1;
    for (; k < this.chunks.length && k < oldValidAfter + fresh; k++) {
      const chunk = this.chunks[k]!;
      const next = contextAfter(prev, chunk);
      const stored = chunk.ctx;
      chunk.ctx = next;
      if (stored && sameContext(stored, next)) {
        this.ctxValid = oldValidAfter + fresh;
        return;
      }
      prev = next;
    }
    this.ctxValid = k;
  }

  /**
   * Apply edits (edits.ts), the one way the text changes: from the last to the first, so that
   * each edit's positions still hold when its turn comes; two that overlap are refused
   * (OverlappingEdits, before anything changes). An edit inside one chunk is spliced into its
   * text — in place, without parsing the chunk again, when it provably keeps the chunk's
   * structure (inlineEdit) — and the chunk is parsed again once, when the edits move on to an
   * earlier chunk or end; an edit across chunks joins them and parses them again at once. Returns
   * the writers of earlier new text that the edits overlap (conflicts).
   */
  applyEdits(edits: readonly WorkingEdit[], by: Writer): Writer[] {
    const overlapped: Writer[] = [];
    if (edits.length === 0) return overlapped;
    const one = edits[0]!.range[0].chunk;
    const local = edits.every((e) => e.range[0].chunk === one && e.range[1].chunk === one);
    // within one chunk its offsets order the edits; across chunks, offsets in the body
    let starts: Map<Chunk, number> | undefined;
    if (!local) {
      starts = new Map();
      let pos = 0;
      for (const c of this.chunks) {
        starts.set(c, pos);
        pos += c.body.length;
      }
    }
    const offset = (p: Pos): number => {
      if (!starts) return p.offset;
      const at = starts.get(p.chunk);
      if (at === undefined) throw new Error('quyche: an edit of a chunk that is not in the working document');
      return at + p.offset;
    };
    let pending: Chunk | undefined;
    const flush = (): void => {
      if (!pending) return;
      const idx = this.chunks.indexOf(pending);
      this.recut(idx, idx, pending.text, pending.pieces.map((p) => ({ ...p })));
      pending = undefined;
    };
    // the edit's place now: a chunk parsed again may have joined the one before it, whose
    // positions are then found by their offset (the text before the edits done so far is as it was)
    const locate = (edit: WorkingEdit, start: number, end: number): [Pos, Pos] => {
      const from = edit.range[0].chunk.retired ? this.posAt(start) : edit.range[0];
      return [from, edit.range[1].chunk.retired ? this.posAt(end, from.chunk) : edit.range[1]];
    };
    for (const { edit, start, end } of orderEdits(edits, offset)) {
      let [from, to] = locate(edit, start, end);
      if (pending && (from.chunk !== pending || to.chunk !== pending)) {
        // on to another chunk: the pending one is parsed again first (which may join it to this one)
        flush();
        [from, to] = locate(edit, start, end);
      }
      if (from.chunk === to.chunk) {
        const chunk = from.chunk;
        if (pending !== chunk && this.inlineEdit(chunk, from.offset, to.offset, edit.text)) this.stats.inline++;
        else {
          pending = chunk;
          chunk.spliceText(from.offset, to.offset, edit.text);
          chunk.keys = undefined;
        }
        overlapped.push(...splice(chunk.pieces, from.offset, to.offset, edit.text, by, edit.moved).overlapped);
      } else overlapped.push(...this.spliceAcross(from, to, edit.text, by, edit.moved === true));
    }
    flush();
    return overlapped;
  }

  /** The position of a body offset: in the first chunk that holds it (from `after` on, if given). */
  private posAt(offset: number, after?: Chunk): Pos {
    let pos = 0;
    let seen = !after;
    for (const chunk of this.chunks) {
      if (chunk === after) seen = true;
      const len = chunk.body.length;
      if (seen && offset <= pos + len) return { chunk, offset: offset - pos };
      pos += len;
    }
    throw new Error('quyche: an edit beyond the end of the working document');
  }

  /** Replace the text from `from` to `to` in different chunks: join them, splice, parse again. */
  private spliceAcross(from: Pos, to: Pos, text: string, by: Writer, moved: boolean): Writer[] {
    const i = this.chunks.indexOf(from.chunk);
    const j = this.chunks.indexOf(to.chunk);
    if (i < 0 || j < 0 || j < i) throw new Error('quyche: a splice across chunks out of order');
    let combined = '';
    let pieces: Piece[] = [];
    let startOff = 0;
    let endOff = 0;
    for (let k = i; k <= j; k++) {
      const c = this.chunks[k]!;
      if (k === i) startOff = combined.length + from.offset;
      if (k === j) endOff = combined.length + to.offset;
      combined += c.text;
      pieces = pieces.concat(c.pieces.map((p) => ({ ...p })));
    }
    combined = combined.slice(0, startOff) + text + combined.slice(endOff);
    const { overlapped } = splice(pieces, startOff, endOff, text, by, moved);
    this.recut(i, j, combined, pieces);
    return overlapped;
  }

  /**
   * Apply text[s, e) → t to a chunk without parsing it again, when the edit provably leaves its
   * structure as it is: inside one line of a body unit (khoản, điểm, bullet …, never a heading),
   * at least LABEL_REACH characters into the line's content (a label is read from the line's
   * start), with text after it on the line (the line's last character, which decides whether a
   * label on the next line opens a unit, stays), and without line breaks, quotes, Markdown
   * punctuation or invisible characters in the old or new text or next to them (quotes hide
   * labels; emphasis depends on its neighbours). The units' offsets move by the edit's length
   * and the chunk's segment keys are patched. Returns false, changing nothing, otherwise.
   */
  private inlineEdit(chunk: Chunk, s: number, e: number, t: string): boolean {
    const text = chunk.body;
    if (e - s > 4096 || t.length > 4096) return false;
    const old = text.slice(s, e);
    if (STRUCTURAL.test(t) || STRUCTURAL.test(old)) return false;
    if (s === 0 || e >= text.length || STRUCTURAL.test(text.charAt(s - 1)) || STRUCTURAL.test(text.charAt(e))) return false;
    const [ls, lineEnd] = chunk.lineAt(s);
    if (e > lineEnd) return false;
    let le = lineEnd;
    if (text.charCodeAt(le - 1) === 0x0d) le--;
    // the line's content start, from its first characters (indentation, `>`, `#`)
    const headLen = Math.min(le - ls, 256);
    const head = text.slice(ls, ls + headLen);
    const lc = lineContentStart(head, 0, headLen);
    const cs = ls + lc.start;
    if (lc.heading || lc.start >= headLen || s - cs < LABEL_REACH) return false;
    // a heading inside a list item (`- ## Tên`) is a heading too (CommonMark)
    if (itemHeadingStart(head, 0, headLen)) return false;
    if (HEADING_LIKE.test(head.slice(lc.start, lc.start + LABEL_REACH))) return false;
    // text after the edit on its line
    let q = e;
    while (q < le && q < e + 64 && /\s/.test(text.charAt(q))) q++;
    if (q >= le || q >= e + 64) return false;
    // the next line: not a setext underline (that would make this line a heading)
    if (lineEnd < text.length) {
      const next = text.slice(lineEnd + 1, lineEnd + 1 + 64);
      const nl = next.indexOf('\n');
      if (SETEXT.test(nl < 0 ? next : next.slice(0, nl))) return false;
    }
    // the units of the chunk: none may have an offset inside the edit; the deepest one holding it
    // is a body unit
    const units: Unit[] = [];
    const visit = (u: Unit): void => {
      units.push(u);
      for (const c of u.children) visit(c);
    };
    for (const r of chunk.roots) {
      units.push(r);
      for (const c of chunk.ownChildren(r)) visit(c);
    }
    let deepest: Unit | undefined;
    for (const u of units) {
      for (const f of OFFSETS) {
        const v = u[f];
        if (v !== undefined && v >= s && v <= e) return false;
      }
      if (u.start < s && e < u.end && (!deepest || u.start >= deepest.start)) deepest = u;
    }
    if (!deepest || isHeadingKind(deepest.kind) || s <= deepest.bodyStart) return false;
    const delta = t.length - (e - s);
    const shifted = (v: number): number => (v > e ? v + delta : v);
    for (const u of units) {
      u.start = shifted(u.start);
      u.end = shifted(u.end);
      u.labelStart = shifted(u.labelStart);
      u.labelEnd = shifted(u.labelEnd);
      u.bodyStart = shifted(u.bodyStart);
      u.ownEnd = shifted(u.ownEnd);
      if (u.headingStart !== undefined) u.headingStart = shifted(u.headingStart);
      if (u.headingEnd !== undefined) u.headingEnd = shifted(u.headingEnd);
    }
    chunk.spliceText(s, e, t);
    if (chunk.keys) {
      chunk.keys = chunk.keys.filter((k) => {
        if (k.end < s) return true;
        if (k.start > e) {
          k.shift(delta);
          return true;
        }
        return k.patch(chunk.body, s, e, t);
      });
    }
    return true;
  }

  private recut(first: number, j: number, text: string, pieceList: Piece[]): void {
    let i = first;
    let combined = text;
    let pieces = pieceList;
    for (;;) {
      const parsed = parseUnits(new SourceText(this.original.source.path, combined), 0, combined.length, this.contextBefore(i));
      if (parsed.openQuote) this.chunkwise = false;
      const head = parsed.units[0];
      const startsWithHeading = !!head && isHeadingPattern(head.pattern) && head.start === 0;
      // a chunk that no longer starts with a heading label joins the chunk before it
      if (i > 0 && !startsWithHeading && combined.length > 0) {
        const prev = this.chunks[i - 1]!;
        combined = prev.text + combined;
        pieces = prev.pieces.map((p) => ({ ...p })).concat(pieces);
        i--;
        continue;
      }
      const cuts = parsed.units.filter((u, k) => isHeadingPattern(u.pattern) && (k > 0 || u.start > 0)).map((u) => u.start);
      const bounds = [0, ...cuts, combined.length];
      const fresh: Chunk[] = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const a = bounds[k]!;
        const b = bounds[k + 1]!;
        if (b <= a && !(k === 0 && i === 0)) continue;
        const chunkPieces = pieces.map((p) => ({ ...p }));
        const pa = splitAt(chunkPieces, a);
        const pb = splitAt(chunkPieces, b);
        const chunk = new Chunk(combined.slice(a, b), compact(chunkPieces.slice(pa, pb)));
        for (const u of parsed.units) {
          if (u.start >= a && u.start < Math.max(b, a + 1)) {
            shift(u, -a);
            chunk.roots.push(u);
            chunk.own.set(u, u.children.length);
          }
        }
        this.register(chunk, true);
        fresh.push(chunk);
      }
      const old = this.chunks.slice(i, j + 1);
      for (const c of old) {
        c.retired = true;
        for (const r of c.roots) if (this.rootChunk.get(r) === c) this.rootChunk.delete(r);
      }
      const oldEnd = j < this.ctxValid ? this.chunks[j]!.ctx : undefined;
      this.chunks.splice(i, j - i + 1, ...fresh);
      this.updateContexts(i, j - i + 1, oldEnd, fresh.length);
      if (this.assembled && !this.relink(old, fresh)) this.assembled = null;
      break;
    }
  }

  /**
   * Put the roots of fresh chunks in the assembled tree in place of the old chunks' roots, when
   * they have the same heading structure (same heading labels in the same order: an edit inside
   * an article, the usual case). Then no unit outside them changes parent or anchor, so the rest
   * of the tree stands; otherwise (headings added, removed or renumbered) return false and the
   * tree is assembled again.
   */
  private relink(old: readonly Chunk[], fresh: readonly Chunk[]): boolean {
    const oldRoots = old.flatMap((c) => c.roots);
    const newRoots = fresh.flatMap((c) => c.roots);
    if (oldRoots.length !== newRoots.length) return false;
    for (let k = 0; k < oldRoots.length; k++) {
      const o = oldRoots[k]!;
      const n = newRoots[k]!;
      const heading = isHeadingPattern(o.pattern);
      if (heading !== isHeadingPattern(n.pattern)) return false;
      if (heading && (o.pattern !== n.pattern || (o.pattern !== 'roman' && o.kind !== n.kind) || o.number !== n.number)) return false;
      if (!heading && o.parent !== null && !isHeadingPattern(o.parent.pattern)) return false;
    }
    const map = new Map<Unit, Unit>();
    for (let k = 0; k < oldRoots.length; k++) map.set(oldRoots[k]!, newRoots[k]!);
    const ownOld = new Map<Unit, number>();
    for (const c of old) for (const r of c.roots) ownOld.set(r, c.own.get(r) ?? 0);
    const tops = this.assembled!;
    for (let k = 0; k < oldRoots.length; k++) {
      const o = oldRoots[k]!;
      const n = newRoots[k]!;
      if (o.pattern === 'roman') n.kind = o.kind;
      const parent = o.parent;
      const mapped = parent ? map.get(parent) : undefined;
      n.parent = mapped ?? parent;
      if (!mapped) {
        const siblings = parent ? parent.children : tops;
        const at = siblings.indexOf(o);
        if (at < 0) return false;
        siblings[at] = n;
      }
      // the headings linked under the old root follow the new one
      n.children.length = this.chunkOf(n).own.get(n) ?? n.children.length;
      for (const c of o.children.slice(ownOld.get(o) ?? o.children.length)) {
        const child = map.get(c) ?? c;
        child.parent = n;
        n.children.push(child);
      }
      if (!isHeadingPattern(o.pattern)) {
        n.anchor = o.anchor;
        continue;
      }
      if (n.kind === 'dieu') {
        const list = this.articles.get(segment(o));
        const at = list ? list.indexOf(o) : -1;
        if (!list || at < 0) return false;
        list[at] = n;
      } else if (this.headings.get(o.anchor) === o) this.headings.set(o.anchor, n);
      else return false;
      if (n.anchor !== o.anchor) {
        n.anchor = o.anchor;
        assignAnchors(this.chunkOf(n).ownChildren(n), n.anchor);
      }
    }
    return true;
  }
}

/** The child whose anchor segment is `seg` ("khoan-2", "diem-dd1", "bullet-3", "khoan-2--2"). */
function findChild(units: readonly Unit[], seg: string): Unit | undefined {
  const m = /^(.*?)(?:--(\d+))?$/.exec(seg)!;
  let n = m[2] ? Number(m[2]) : 1;
  for (const u of units) if (segment(u) === m[1] && --n === 0) return u;
  return undefined;
}

