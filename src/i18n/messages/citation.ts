/**
 * The catalogue’s part for citations and their resolution (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const CITATION = {
  'citation.unparsed': {
    vi: 'không đọc được trích dẫn "{citation}"',
    en: 'cannot read the citation "{citation}"',
  },
  'citation.not-found': {
    vi: 'không có {citation} trong {doc}',
    en: '{citation} does not exist in {doc}',
  },
  'citation.not-found-hint': {
    vi: 'trong {parent} có: {available}',
    en: '{parent} holds: {available}',
  },
  'citation.ambiguous': {
    vi: 'trích dẫn "{citation}" thiếu cấp trên và khớp {count} đơn vị: {matches}',
    en: 'the citation "{citation}" is incomplete and matches {count, plural, one {# unit} other {# units}}: {matches}',
  },
  'citation.ambiguous-hint': {
    vi: 'ghi đủ trích dẫn, ví dụ "{example}"',
    en: 'give the full citation, e.g. "{example}"',
  },
  'citation.alias': {
    vi: '"{citation}" chỉ khớp khi hiểu "{written}" là {actual}: nên viết "{suggested}"',
    en: '"{citation}" matched only by reading "{written}" as {actual}: write "{suggested}"',
  },
  'citation.incomplete-unique': {
    vi: '"{citation}" thiếu cấp trên; khớp duy nhất {suggested}',
    en: '"{citation}" is incomplete; it matches only {suggested}',
  },
  'citation.level-skip': {
    vi: '"{citation}" bỏ qua một cấp: ngay dưới {parent} là {expected}, không phải {written}; có lẽ là "{suggested}"',
    en: '"{citation}" skips a level: directly under {parent} stands a {expected}, not a {written}; probably "{suggested}"',
  },
  'citation.empty-document': { vi: 'văn bản không có đơn vị nào', en: 'the document has no units' },
} as const satisfies Catalogue;
