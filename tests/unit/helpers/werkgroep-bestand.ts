import { join } from 'node:path';
import type { Db } from '../../../electron/main/store/database';
import { type FileOptions, WerkgroepFile } from '../../../electron/main/store/werkgroep-file';
import { tempDir } from './temp';

/**
 * A new werkgroep file `naam`, made by `init` in a fresh temp folder (removed after the test), and
 * open: the folder, the file's path and the open WerkgroepFile.
 */
export async function nieuwBestand(
  init: (db: Db) => void,
  opties: FileOptions = {},
  naam = 'werkgroep.tafelwerk',
) {
  const dir = await tempDir();
  const path = join(dir, naam);
  const file = await WerkgroepFile.create(path, init, opties);
  return { dir, path, file };
}
