import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export const FILE_EXTENSION = '.tafelwerk';

/** A name safe on Windows, macOS and Linux. */
export function safeFileName(naam: string): string {
  return zonderVerbodenTekens(naam).slice(0, 80) || 'Werkgroep';
}

/** `naam` without the characters a file name may not hold on any system, at full length. */
export function zonderVerbodenTekens(naam: string): string {
  return [...naam]
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}

/** A path in `map` for a new werkgroep called `naam` that no file has yet: `naam (2)` and so on. */
export async function uniekPad(map: string, naam: string): Promise<string> {
  await fs.mkdir(map, { recursive: true });
  const base = safeFileName(naam);
  for (let i = 1; ; i++) {
    const candidate = join(map, `${base}${i === 1 ? '' : ` (${i})`}${FILE_EXTENSION}`);
    const exists = await fs.stat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}
