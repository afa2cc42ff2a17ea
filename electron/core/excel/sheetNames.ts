import yauzl from 'yauzl';

const WORKBOOK_ENTRY = 'xl/workbook.xml';
/** workbook.xml lists sheets and defined names; a real one is a few KB. */
const MAX_WORKBOOK_XML = 8 * 1024 * 1024;

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/**
 * The workbook's sheets in tab order, read from xl/workbook.xml without
 * parsing any sheet. Call once openCheckedXlsx has vetted the file.
 */
export async function listSheets(file: string): Promise<SheetInfo[]> {
  const xml = await readEntry(file, WORKBOOK_ENTRY);
  if (xml === null) return [];
  const sheets: SheetInfo[] = [];
  for (const m of xml.matchAll(/<(?:[\w-]+:)?sheet\b([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? '';
    const name = attribute(attrs, 'name');
    if (name === null) continue;
    const state = attribute(attrs, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return sheets;
}

function attribute(attrs: string, key: string): string | null {
  const m = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return null;
  return decodeXml(m[1] ?? m[2] ?? '');
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

function readEntry(file: string, wanted: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip not opened'));
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== wanted || entry.uncompressedSize > MAX_WORKBOOK_XML) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('entry not readable'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('error', reject);
      zip.on('end', () => {
        if (!found) resolve(null);
      });
      zip.readEntry();
    });
  });
}
