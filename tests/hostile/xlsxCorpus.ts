import fs from 'node:fs';
import path from 'node:path';
import { writeZip } from './zipWriter';
import { idNumber } from '../helpers/idNumber';

/**
 * Hostile workbooks, built part by part so each carries exactly one attack.
 * Every file is small on disk; what it does to a reader is the point.
 */
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

export function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The roster's header row (row 1) as inline strings. */
export const HEADER_ROW = `<row r="1">${inline('A1', '姓名')}${inline('B1', '身份证号')}${inline('C1', '单位')}</row>`;

export function personRow(r: number, name: string, seq = r): string {
  return `<row r="${r}">${inline(`A${r}`, name)}${inline(`B${r}`, idNumber('1980-01-01', seq % 999 || 1, String(430000 + Math.floor(seq / 999)).padStart(6, '4')))}${inline(`C${r}`, '汨罗市司法局')}</row>`;
}

/** A workbook from its sheet XML (and shared strings, when given). */
export async function workbook(file: string, sheetXml: string | Buffer, sharedStrings?: string, level = 6): Promise<string> {
  const empty = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
  writeZip(
    file,
    [
      ['[Content_Types].xml', CONTENT_TYPES],
      ['_rels/.rels', ROOT_RELS],
      ['xl/workbook.xml', WORKBOOK],
      ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
      ['xl/sharedStrings.xml', sharedStrings ?? empty],
      ['xl/worksheets/sheet1.xml', sheetXml],
    ],
    level,
  );
  return file;
}

export function sheet(rows: string): string {
  return SHEET_HEAD + rows + SHEET_TAIL;
}

/**
 * Rewrites the uncompressed size an entry declares, in its local header and
 * in the central directory, so a size check reading the directory is lied to.
 */
export function lieAboutSize(file: string, entry: string, declared: number): void {
  const buf = fs.readFileSync(file);
  const name = Buffer.from(entry, 'utf8');
  for (let i = 0; i < buf.length - 46; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && buf.readUInt16LE(i + 26) === name.length && buf.subarray(i + 30, i + 30 + name.length).equals(name)) {
      buf.writeUInt32LE(declared, i + 22);
    }
    if (sig === 0x02014b50 && buf.readUInt16LE(i + 28) === name.length && buf.subarray(i + 46, i + 46 + name.length).equals(name)) {
      buf.writeUInt32LE(declared, i + 24);
    }
  }
  fs.writeFileSync(file, buf);
}

export interface HostileFile {
  name: string;
  /** What the attack is, in a few words. */
  what: string;
  build(dir: string): Promise<string>;
}

const repeat = (n: number, f: (i: number) => string) => {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(f(i));
  return parts.join('');
};

export const hostileFiles: HostileFile[] = [
  {
    name: 'not-a-zip.xlsx',
    what: 'random bytes named .xlsx',
    build: async (dir) => {
      const file = path.join(dir, 'not-a-zip.xlsx');
      fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
      return file;
    },
  },
  {
    name: 'truncated.xlsx',
    what: 'a real roster cut off halfway',
    build: async (dir) => {
      const file = await workbook(path.join(dir, 'whole.xlsx'), sheet(HEADER_ROW + repeat(200, (i) => personRow(i + 2, `学员${i}`))));
      const cut = path.join(dir, 'truncated.xlsx');
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      return cut;
    },
  },
  {
    name: 'zip-bomb.xlsx',
    what: '64 MB of sheet XML declared honestly, deflated to ~64 KB',
    build: async (dir) => {
      // Declared honestly: the directory check must refuse it without inflating anything.
      const file = path.join(dir, 'zip-bomb.xlsx');
      writeZip(file, [
        ['xl/workbook.xml', WORKBOOK],
        ['xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20)],
      ], 9);
      return file;
    },
  },
  {
    name: 'lying-bomb.xlsx',
    what: '40 MB of whitespace inside the sheet, its directory claiming 30 KB',
    build: async (dir) => {
      const file = await workbook(path.join(dir, 'lying-bomb.xlsx'), Buffer.concat([Buffer.from(SHEET_HEAD + HEADER_ROW), Buffer.alloc(40 * 1024 * 1024, 0x20), Buffer.from(SHEET_TAIL)]));
      lieAboutSize(file, 'xl/worksheets/sheet1.xml', 30 * 1024);
      return file;
    },
  },
  {
    name: 'deep-nesting.xlsx',
    what: '200,000 nested elements inside one cell',
    build: async (dir) =>
      workbook(path.join(dir, 'deep-nesting.xlsx'), sheet(`${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</is></c></row>`)),
  },
  {
    name: 'billion-laughs.xlsx',
    what: 'entity declarations expanding to 10^9 "lol"s',
    build: async (dir) => {
      const decls = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [${decls}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
      const rows = `${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c>${inline('B2', idNumber('1980-01-01', 1))}${inline('C2', '汨罗市司法局')}</row>`;
      return workbook(path.join(dir, 'billion-laughs.xlsx'), sheet(rows), xml);
    },
  },
  {
    name: 'external-entity.xlsx',
    what: 'an external entity pointing at a local file',
    build: async (dir) => {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${SHEET_HEAD.replace(/^<\?xml[^>]*>\n/, '')}${HEADER_ROW}<row r="2">${inline('A2', '&xxe;')}${inline('B2', idNumber('1980-01-01', 1))}${inline('C2', '汨罗市司法局')}</row>${SHEET_TAIL}`;
      return workbook(path.join(dir, 'external-entity.xlsx'), xml);
    },
  },
  {
    name: 'million-styled-rows.xlsx',
    what: 'one person, then 1,048,000 empty styled rows',
    build: async (dir) =>
      workbook(path.join(dir, 'million-styled-rows.xlsx'), sheet(HEADER_ROW + personRow(2, '张三') + repeat(1_048_000, (i) => `<row r="${i + 3}" s="1" customFormat="1"/>`))),
  },
  {
    name: 'broken-shared-strings.xlsx',
    what: 'shared strings cut off mid-element',
    build: async (dir) => {
      const sst = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>姓名</t></si><si><t>身份证号</t></si><si><t>单';
      const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`;
      return workbook(path.join(dir, 'broken-shared-strings.xlsx'), sheet(rows), sst);
    },
  },
  {
    name: 'shared-string-out-of-range.xlsx',
    what: 'cells pointing at shared strings that do not exist',
    build: async (dir) => {
      const sst = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>张三</t></si></sst>';
      const rows = `${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>99999999</v></c>${inline('B2', idNumber('1980-01-01', 1))}<c r="C2" t="s"><v>-5</v></c></row>`;
      return workbook(path.join(dir, 'shared-string-out-of-range.xlsx'), sheet(rows), sst);
    },
  },
  {
    name: 'huge-cells.xlsx',
    what: 'an 8 MB name, a 2 MB unit and a 2 MB phone number in one row, barely compressible',
    build: async (dir) => {
      const rows = `${HEADER_ROW.replace('</row>', `${inline('D1', '手机号码')}</row>`)}<row r="2">${inline('A2', noise(8 * 1024 * 1024 / 3, 0x4e00, 5000))}${inline('B2', idNumber('1980-01-01', 1))}${inline('C2', noise(2 * 1024 * 1024 / 3, 0x4e00, 5000))}${inline('D2', noise(2 * 1024 * 1024, 0x30, 10))}</row>`;
      return workbook(path.join(dir, 'huge-cells.xlsx'), sheet(rows));
    },
  },
  {
    name: 'too-many-rows.xlsx',
    what: '1,200 real people read with a 1,000-row limit (the real limit is 300,000)',
    build: async (dir) => workbook(path.join(dir, 'too-many-rows.xlsx'), sheet(HEADER_ROW + repeat(1200, (i) => personRow(i + 2, `学员${i}`, i + 1)))),
  },
];

/** `length` characters drawn from `span` code points starting at `from`, by a fixed LCG (barely compressible, reproducible). */
function noise(length: number, from: number, span: number): string {
  const codes = new Uint16Array(Math.floor(length));
  let x = 20241124;
  for (let i = 0; i < codes.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    codes[i] = from + ((x >>> 8) % span);
  }
  return new TextDecoder('utf-16le').decode(codes);
}
