/**
 * Synthetic regulations for benchmarks: chapters, articles with headings, clauses, points
 * (a, b, … đ …), Party decimal points, bullets, emphasis; sized to a target number of bytes.
 */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];
const WORDS = 'cán bộ đảng viên thực hiện nhiệm vụ quyền hạn của Ban Chấp hành Đảng bộ tỉnh theo quy định Trung ương lãnh đạo chỉ đạo kiểm tra giám sát hòa thuận thủy lợi khoẻ mạnh'.split(' ');

function sentence(seed, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += (i ? ' ' : '') + WORDS[(seed * 7 + i * 13) % WORDS.length];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function generateRegulation(targetBytes) {
  const parts = [
    '---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Quy chế thử nghiệm\nissuer: Ban Chấp hành Đảng bộ tỉnh\ndate: 2021-01-09\n---\n\n# QUY CHẾ LÀM VIỆC THỬ NGHIỆM\n',
  ];
  let bytes = Buffer.byteLength(parts[0]);
  let dieu = 0;
  let chuong = 0;
  const roman = (n) => { const t = [[1000,'M'],[900,'CM'],[500,'D'],[400,'CD'],[100,'C'],[90,'XC'],[50,'L'],[40,'XL'],[10,'X'],[9,'IX'],[5,'V'],[4,'IV'],[1,'I']]; let o=''; for (const [v,s] of t) while (n>=v){o+=s;n-=v;} return o; };
  while (bytes < targetBytes) {
    if (dieu % 20 === 0) {
      chuong++;
      const c = `\n## Chương ${roman(chuong)}. ${sentence(chuong, 4).toUpperCase()}\n`;
      parts.push(c);
      bytes += Buffer.byteLength(c);
    }
    dieu++;
    let a = `\n### Điều ${dieu}. ${sentence(dieu, 6)}\n\n`;
    for (let k = 1; k <= 4; k++) {
      a += `${k}. ${sentence(dieu + k, 24)}:\n\n`;
      if (k === 2) {
        for (let d = 1; d <= 2; d++) a += `   ${k}.${d}. ${sentence(dieu * k + d, 14)}.\n\n`;
      } else {
        for (let p = 0; p < 5; p++) a += `   ${LETTERS[p]}) ${sentence(dieu * 3 + k + p, 18)} **${WORDS[p]}**;\n\n`;
      }
      a += `   - ${sentence(dieu + 5 * k, 10)}.\n\n`;
    }
    parts.push(a);
    bytes += Buffer.byteLength(a);
  }
  return parts.join('');
}

/**
 * n structural changes spread over the articles of a generated regulation (`articles` of them),
 * six kinds that never touch the same unit twice: rewrite khoản 1, repeal điểm b of khoản 3,
 * insert khoản 4a, rewrite điểm d of khoản 4, insert điểm e after điểm đ of khoản 3, rewrite
 * điểm a of khoản 4. Up to six changes per article (n ≤ 6 × articles).
 */
export function structuralChanges(articles, n) {
  if (n > 6 * articles) throw new Error(`${n} changes need ${Math.ceil(n / 6)} articles, the document has ${articles}`);
  const changes = [];
  for (let i = 0; i < n; i++) {
    const d = 1 + Math.floor((i * articles) / n);
    const slot = n > articles ? i % 6 : i % 3;
    const id = `c${i}`;
    if (slot === 0) changes.push({ id, op: 'replace', target: `khoản 1 Điều ${d}`, text: `1. Nội dung mới của khoản một, thay đổi ${i}.` });
    else if (slot === 1) changes.push({ id, op: 'repeal', target: `điểm b khoản 3 Điều ${d}` });
    else if (slot === 2) changes.push({ id, op: 'insert', after: `khoản 4 Điều ${d}`, text: `4a. Khoản bổ sung ${i}.` });
    else if (slot === 3) changes.push({ id, op: 'replace', target: `điểm d khoản 4 Điều ${d}`, text: `d) Điểm sửa đổi ${i};` });
    else if (slot === 4) changes.push({ id, op: 'insert', after: `điểm đ khoản 3 Điều ${d}`, text: `e) Điểm bổ sung ${i}.` });
    else changes.push({ id, op: 'replace', target: `điểm a khoản 4 Điều ${d}`, text: `a) Điểm sửa đổi ${i};` });
  }
  return changes;
}

/**
 * One khoản holding n distinct words, and n phrase changes on it (alternately replace_phrase and
 * insert_phrase, each anchored on its own word): the "many phrase ops on one unit" case. Also the
 * equivalent sed script (same substitutions, same output), the peer of the bench.
 */
export function phraseCase(n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(`tu${i}x`);
  const text = `---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Quy chế thử nghiệm\n---\n\n### Điều 1. Thử nghiệm\n\n1. ${words.join(' ')}.\n\n2. Khoản hai.\n`;
  const changes = [];
  const sed = [];
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      changes.push({ id: `c${i}`, op: 'replace_phrase', target: 'khoản 1 Điều 1', find: `tu${i}x`, with: `moi${i}y` });
      sed.push(`s/\\btu${i}x\\b/moi${i}y/`);
    } else {
      changes.push({ id: `c${i}`, op: 'insert_phrase', target: 'khoản 1 Điều 1', after: `tu${i}x`, text: `them${i}` });
      sed.push(`s/\\btu${i}x\\b/& them${i}/`);
    }
  }
  return { text, changes, sed: `${sed.join('\n')}\n` };
}

/** Every level at once: Phần › Chương › Mục › Tiểu mục › Điều › khoản › 1.1. › a) › (1) › - › +. */
function roman(n) {
  let out = '';
  for (const [v, r] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]) {
    for (; n >= v; n -= v) out += r;
  }
  return out;
}

export function generateDeep(targetBytes) {
  const parts = ['---\nnumber: 98-QC/TU\ntype: Quy chế\ntitle: Quy chế lồng sâu\n---\n\n'];
  let bytes = Buffer.byteLength(parts[0]);
  let dieu = 0;
  let chuong = 0;
  // Phần in Roman numerals, the chapters numbered on across them (as in a code: Bộ luật Dân sự)
  for (let phan = 1; bytes < targetBytes; phan++) {
    parts.push(`# Phần ${roman(phan)}\n\n`);
    for (let c = 1; c <= 3 && bytes < targetBytes; c++) {
      chuong++;
      parts.push(`## Chương ${chuong}. ${sentence(phan + c, 3).toUpperCase()}\n\n`);
      for (let muc = 1; muc <= 2 && bytes < targetBytes; muc++) {
        parts.push(`### Mục ${muc}. ${sentence(muc, 3)}\n\n#### Tiểu mục 1. ${sentence(muc + 1, 3)}\n\n`);
        for (let k = 0; k < 5; k++) {
          dieu++;
          let a = `##### Điều ${dieu}. ${sentence(dieu, 5)}\n\n1. ${sentence(dieu, 10)}:\n\n`;
          for (let d = 1; d <= 2; d++) {
            // the labels give the levels; each line is indented to the content of the list item
            // `1. ` (3 spaces), the `+` bullet to the content of the `-` bullet: indented further
            // after a blank line, a line is indented code (CommonMark), not a deeper level
            a += `   1.${d}. ${sentence(dieu + d, 8)}:\n\n`;
            for (const l of ['a', 'b']) {
              a += `   ${l}) ${sentence(dieu + d + 1, 8)}:\n\n`;
              for (let p = 1; p <= 2; p++) a += `   (${p}) ${sentence(dieu + p, 8)}:\n\n   - ${sentence(dieu + p + 1, 6)}:\n\n     + ${sentence(dieu + p + 2, 6)};\n\n`;
            }
          }
          parts.push(a);
          bytes += Buffer.byteLength(a);
        }
      }
    }
  }
  return parts.join('');
}

/** One article whose khoản is a single line of about targetBytes (no line break in it). */
export function generateLongLine(targetBytes) {
  const head = '---\nnumber: 97-QC/TU\ntype: Quy chế\ntitle: Quy chế một dòng\n---\n\n### Điều 1. Một dòng rất dài\n\n1. ';
  const words = [];
  let bytes = Buffer.byteLength(head);
  for (let i = 0; bytes < targetBytes; i++) {
    const s = `${sentence(i, 12)},`;
    words.push(s);
    bytes += Buffer.byteLength(s) + 1;
  }
  return `${head}${words.join(' ')} kết thúc.\n\n2. Khoản hai.\n`;
}

/**
 * Many short articles (about 670 bytes each: 73,000 in 49 MB, the case of issue 10): chapters of
 * 100 articles, each article two khoản and a point. Articles are numbered past 9999.
 */
export function generateManyArticles(targetBytes) {
  const parts = ['---\nnumber: 96-QC/TU\ntype: Quy chế\ntitle: Quy chế nhiều điều\n---\n\n'];
  let bytes = Buffer.byteLength(parts[0]);
  let dieu = 0;
  while (bytes < targetBytes) {
    let a = '';
    if (dieu % 100 === 0) a += `## Chương ${dieu / 100 + 1}. ${sentence(dieu, 3).toUpperCase()}\n\n`;
    dieu++;
    a += `### Điều ${dieu}. ${sentence(dieu, 5)}\n\n1. ${sentence(dieu + 1, 34)}:\n\n   a) ${sentence(dieu + 2, 18)};\n\n   b) ${sentence(dieu + 3, 18)}.\n\n2. ${sentence(dieu + 4, 30)}.\n\n`;
    parts.push(a);
    bytes += Buffer.byteLength(a);
  }
  return parts.join('');
}

/** n changes spread over the articles of generateManyArticles: rewrite khoản 1, repeal điểm b, insert khoản 3 (one per article). */
export function manyArticleChanges(articles, n) {
  if (n > articles) throw new Error(`${n} changes need ${n} articles, the document has ${articles}`);
  const changes = [];
  for (let i = 0; i < n; i++) {
    const d = 1 + Math.floor((i * articles) / n);
    const id = `c${i}`;
    if (i % 3 === 0) changes.push({ id, op: 'replace', target: `khoản 2 Điều ${d}`, text: `2. Nội dung mới của khoản hai, thay đổi ${i}.` });
    else if (i % 3 === 1) changes.push({ id, op: 'repeal', target: `điểm b khoản 1 Điều ${d}` });
    else changes.push({ id, op: 'insert', after: `khoản 2 Điều ${d}`, text: `3. Khoản bổ sung ${i}.` });
  }
  return changes;
}
