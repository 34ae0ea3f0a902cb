import { describe, expect, it } from 'vitest';
import { decodeText, detectLegacy } from '../../src/text/decode.js';
import { findDocument, findRoot, loadWorkspace } from '../../src/workspace/workspace.js';
import { MemoryFS } from '../helpers/memory-io.js';
import type { MessageData } from '../../src/i18n/messages.js';

const doc = (number: string | null, body = 'Điều 1. A\n') => `---\n${number ? `number: ${number}\n` : ''}title: Văn bản ${number ?? 'không số'}\n---\n${body}`;

describe('workspace', () => {
  it('is the nearest folder up holding quyche.yaml or regulations/', async () => {
    const fs = new MemoryFS({ '/a/b/regulations/x.md': doc('01-QC/TU'), '/a/quyche.yaml': 'regulations: regs\n' });
    expect(await findRoot('/a/b/c/d', fs)).toBe('/a/b');
    expect(await findRoot('/a/x', fs)).toBe('/a');
    expect(await findRoot('/elsewhere', fs)).toBeUndefined();
  });

  it('indexes every Markdown file under regulations/ by its number, at any depth', async () => {
    const fs = new MemoryFS({
      '/w/regulations/local/01.md': doc('01-QC/TU'),
      '/w/regulations/central/80.md': doc('80-QĐ/TW'),
      '/w/regulations/notes.txt': 'not a document',
    });
    const ws = await loadWorkspace('/w', fs);
    expect(ws.documents.map((d) => d.meta.number)).toEqual(['80-QĐ/TW', '01-QC/TU']);
    expect(findDocument(ws, '80-QD/TW')?.source.path).toBe('/w/regulations/central/80.md');
    expect(findDocument(ws, 'regulations/local/01.md')?.meta.number).toBe('01-QC/TU');
    // a path is taken as node:path reads it: ./ and .. segments, an absolute path
    expect(findDocument(ws, './regulations/central/../local/01.md')?.meta.number).toBe('01-QC/TU');
    expect(findDocument(ws, '/w/regulations//local/01.md')?.meta.number).toBe('01-QC/TU');
    expect(findDocument(ws, 'Văn bản 01-QC/TU')?.meta.number).toBe('01-QC/TU');
    expect(ws.diagnostics).toEqual([]);
  });

  it('reports two files with the same number and a file with no number, without crashing', async () => {
    const fs = new MemoryFS({
      '/w/regulations/a.md': doc('01-QC/TU'),
      '/w/regulations/b.md': doc('01-qc/tu'),
      '/w/regulations/c.md': doc(null),
    });
    const ws = await loadWorkspace('/w', fs);
    expect(ws.documents).toHaveLength(3);
    expect(ws.diagnostics.map((d) => [d.file, d.code, d.severity, d.message.id, d.line])).toEqual([
      ['/w/regulations/b.md', 'workspace', 'error', 'workspace.duplicate-number', 1],
      ['/w/regulations/c.md', 'workspace', 'warning', 'workspace.no-number', 1],
    ]);
    expect(findDocument(ws, '01-QC/TU')?.source.path).toBe('/w/regulations/a.md');
  });

  it('reads quyche.yaml for the folder names', async () => {
    const fs = new MemoryFS({ '/w/quyche.yaml': 'regulations: van-ban\namendments: du-thao\n', '/w/van-ban/x.md': doc('05-QĐ/TU') });
    const ws = await loadWorkspace('/w', fs);
    expect(ws.config).toEqual({ regulations: 'van-ban', amendments: 'du-thao' });
    expect(ws.documents.map((d) => d.meta.number)).toEqual(['05-QĐ/TU']);
  });

  it('turns bad bytes into encoding diagnostics', async () => {
    const latin = Uint8Array.from([0x55, 0xfb, 0x20, 0x62, 0x61, 0x6e, 0x20, 0x6e, 0xa9, 0x6e]);
    const fs = new MemoryFS({ '/w/regulations/bad.md': latin, '/w/regulations/empty.md': '' });
    const ws = await loadWorkspace('/w', fs);
    expect(ws.diagnostics.map((d) => [d.file, d.code, d.message.id])).toEqual([
      ['/w/regulations/bad.md', 'encoding', 'encoding.not-utf8'],
      ['/w/regulations/empty.md', 'encoding', 'encoding.empty'],
      ['/w/regulations/empty.md', 'workspace', 'workspace.no-number'],
    ]);
  });
});

describe('decoding', () => {
  it('says which legacy encoding a text looks like', () => {
    const tcvn3 = 'Uû ban nh©n d©n tØnh ®· quyÕt ®Þnh c¸c vÊn ®Ò ViÖt Nam '.repeat(5);
    expect((detectLegacy(tcvn3) as MessageData | undefined)?.args?.encoding).toBe('TCVN3 (ABC)');
    const vni = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, ñoäc laäp töï do haïnh phuùc '.repeat(5);
    expect((detectLegacy(vni) as MessageData | undefined)?.args?.encoding).toBe('VNI-Windows');
    expect(detectLegacy('Cộng hòa xã hội chủ nghĩa Việt Nam. '.repeat(20))).toBeUndefined();
    expect(detectLegacy('Cá»™ng hÃ²a xÃ£ há»™i')?.id).toBe('encoding.mojibake');
  });

  it('refuses binary and keeps a BOM', () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toMatchObject({ ok: false, message: { id: 'encoding.binary' } });
    const r = decodeText(new TextEncoder().encode('\uFEFFĐiều 1.'));
    expect(r.ok && r.text).toBe('\uFEFFĐiều 1.');
  });
});
