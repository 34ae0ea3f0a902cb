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
