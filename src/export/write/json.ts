/** JSON writer: the export document itself (src/export/doc.ts), versioned; fields are only ever added. */
import { EXPORT_JSON_VERSION, type ExportDoc } from '../doc.js';

export function toJson(doc: ExportDoc): string {
  return `${JSON.stringify({ version: EXPORT_JSON_VERSION, ...doc }, null, 2)}\n`;
}
