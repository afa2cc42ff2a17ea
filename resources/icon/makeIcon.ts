import fs from 'node:fs';
import path from 'node:path';
import { iconFiles } from './drawIcon';

/** Writes resources/icon.png and resources/icon.ico (run: npx tsx resources/icon/makeIcon.ts). */
const out = path.resolve(import.meta.dirname, '..');
const { png, ico } = iconFiles();
fs.writeFileSync(path.join(out, 'icon.png'), png);
fs.writeFileSync(path.join(out, 'icon.ico'), ico);
process.stdout.write(`icon.png ${png.length} bytes, icon.ico ${ico.length} bytes\n`);
