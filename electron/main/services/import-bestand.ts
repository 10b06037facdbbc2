import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { keurXlsx } from '../excel/xlsx-poort';

/** Larger than any real list; stops a wrong file from filling memory (the same limit for a drop). */
const MAX_BYTES = MAX_IMPORT_BYTES;

/**
 * The bytes of an Excel file chosen for import, refused in Dutch when it is too large, unreadable,
 * not an .xlsx file, or a damaged or unsafe zip (xlsx-poort.ts): all before exceljs parses anything.
 */
export async function leesImportBestand(pad: string, wat: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(pad);
    if (stat.size > MAX_BYTES)
      throw new AppFault('ONGELDIGE_INVOER', `Dit bestand is te groot voor ${wat} (meer dan 20 MB).`);
    bytes = new Uint8Array(await fs.readFile(pad));
  } catch (err) {
    if (err instanceof AppFault) throw err;
    throw new AppFault('BESTAND_NIET_GEVONDEN', `Het bestand "${basename(pad)}" kan niet worden gelezen.`);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_BYTES)
    throw new AppFault('ONGELDIGE_INVOER', `Dit bestand is te groot voor ${wat} (meer dan 20 MB).`);
  const keuring = keurXlsx(bytes);
  if (!keuring.ok) throw new AppFault('ONGELDIGE_INVOER', keuring.melding);
  return bytes;
}
