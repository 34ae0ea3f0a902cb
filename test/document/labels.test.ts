import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/document/labels.js';

const m = (s: string, heading = false) => {
  const r = matchLabel(s, heading);
  return r ? { pattern: r.pattern, number: r.number, label: s.slice(r.start, r.end), rest: s.slice(r.restStart) } : null;
};

describe('label grammar', () => {
  it.each([
    ['Điều 5. Tên điều', 'dieu', '5', 'Điều 5.', 'Tên điều'],
    ['Điều 5a. Điều bổ sung', 'dieu', '5a', 'Điều 5a.', 'Điều bổ sung'],
    ['Điều 146đ. Tội mới', 'dieu', '146đ', 'Điều 146đ.', 'Tội mới'],
    ['Điều 10000. Điều thứ mười nghìn', 'dieu', '10000', 'Điều 10000.', 'Điều thứ mười nghìn'],
    ['Điều 73001a. Bổ sung', 'dieu', '73001a', 'Điều 73001a.', 'Bổ sung'],
    ['Điều 1: Phạm vi', 'dieu', '1', 'Điều 1:', 'Phạm vi'],
    ['ĐIỀU 1', 'dieu', '1', 'ĐIỀU 1', ''],
    ['Điều 1.', 'dieu', '1', 'Điều 1.', ''],
    ['Điều 24:Nguyên tắc', 'dieu', '24', 'Điều 24:', 'Nguyên tắc'],
    ['Điều 5 Chính sách của Nhà nước', 'dieu', '5', 'Điều 5', 'Chính sách của Nhà nước'],
    ['**Điều 7.** Trách nhiệm', 'dieu', '7', 'Điều 7.', '** Trách nhiệm'],
    ['1. Lãnh đạo thực hiện', 'arabic', '1', '1.', 'Lãnh đạo thực hiện'],
    ['2a. Khoản bổ sung', 'arabic', '2a', '2a.', 'Khoản bổ sung'],
    ['1- Văn bản của Đảng', 'arabic', '1', '1-', 'Văn bản của Đảng'],
    ['1.1. Ban Chấp hành', 'decimal', '1.1', '1.1.', 'Ban Chấp hành'],
    ['1.1- Về tuổi đời', 'decimal', '1.1', '1.1-', 'Về tuổi đời'],
    ['1.2 Nội dung', 'decimal', '1.2', '1.2', 'Nội dung'],
    ['a) Khám bệnh', 'letter', 'a', 'a)', 'Khám bệnh'],
    ['đ) Điểm đ', 'letter', 'đ', 'đ)', 'Điểm đ'],
    ['d1) Hợp đồng theo chi phí cộng phí', 'letter', 'd1', 'd1)', 'Hợp đồng theo chi phí cộng phí'],
    ['(1) Tiết một', 'paren', '1', '(1)', 'Tiết một'],
    ['- Căn cứ Điều lệ Đảng;', 'bullet', '', '-', 'Căn cứ Điều lệ Đảng;'],
    ['+ ý nhỏ', 'bullet2', '', '+', 'ý nhỏ'],
    ['- a) điểm trong danh sách', 'letter', 'a', 'a)', 'điểm trong danh sách'],
    ['* 2. khoản trong danh sách', 'arabic', '2', '2.', 'khoản trong danh sách'],
    ['I- TÌNH HÌNH, KẾT QUẢ', 'roman', 'I', 'I-', 'TÌNH HÌNH, KẾT QUẢ'],
    ['II. MỤC TIÊU', 'roman', 'II', 'II.', 'MỤC TIÊU'],
    ['Chương I', 'chuong', 'I', 'Chương I', ''],
    ['Chương II. QUYỀN', 'chuong', 'II', 'Chương II.', 'QUYỀN'],
    ['CHƯƠNG I: XE Ô TÔ', 'chuong', 'I', 'CHƯƠNG I:', 'XE Ô TÔ'],
    ['Mục 1. QUY ĐỊNH CHUNG', 'muc', '1', 'Mục 1.', 'QUY ĐỊNH CHUNG'],
    ['Tiểu mục 2', 'tieu-muc', '2', 'Tiểu mục 2', ''],
    ['Phần I', 'phan', 'I', 'Phần I', ''],
    ['Phần thứ nhất', 'phan', '1', 'Phần thứ nhất', ''],
    ['PHẦN THỨ HAI', 'phan', '2', 'PHẦN THỨ HAI', ''],
  ])('%s', (line, pattern, number, label, rest) => {
    expect(m(line)).toEqual({ pattern, number, label, rest });
  });

  it.each([
    'Điều 5 của Luật này quy định',
    'Điều 1 (Khoản 2): Tuổi đời',
    'Chương III và Chương IV của Luật này.',
    'Chương IX Phần này.',
    'Phần thứ nhất bao gồm từ “Kính gửi”',
    'Mục V, số thứ tự 24',
    '1.000.000 đồng là mức',
    '2021. Năm',
    'Năm 2021 tỉnh',
    'Theo khoản 2 Điều 5',
    'a-z',
  ])('is not a label: %s', (line) => {
    const r = m(line);
    expect(r === null || r.pattern === 'bullet').toBe(true);
  });

  it('accepts heading-level labels on Markdown headings without further evidence', () => {
    expect(m('Chương II Quyền và nghĩa vụ', true)?.pattern).toBe('chuong');
    expect(m('Chương II Quyền và nghĩa vụ', false)).toBeNull();
  });

  it('flags letters outside the Vietnamese alphabet and malformed Roman numerals', () => {
    expect(matchLabel('f) điểm f')?.anomaly).toBe('letter-outside-alphabet');
    expect(matchLabel('CHƯƠNG IIX: XE')?.anomaly).toBe('invalid-roman');
  });
});
