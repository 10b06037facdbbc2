import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bekijkSamenvoegen, voegSamen } from '../electron/main/services/samenvoegen';
import type { Db } from '../electron/main/store/database';
import { readSnapshot, WerkgroepFile } from '../electron/main/store/werkgroep-file';
import type { Meting } from './metingen';

/** Edits per copy, and how many of them touch the same rows on both (each a field conflict). */
const WIJZIGINGEN = 1000;
const OVERLAP = 100;

/** One laptop's work: `aantal` leerlijn steps from `vanaf` (in id order) get a new result, one save. */
async function werkOp(pad: string, vanaf: number, laptop: string): Promise<void> {
  const { file } = await WerkgroepFile.open(pad);
  try {
    await file.write((db: Db) => {
      const ids = db
        .all<{ id: string }>('SELECT id FROM leerlijn_stap ORDER BY id LIMIT ? OFFSET ?', [
          WIJZIGINGEN,
          vanaf,
        ])
        .map((r) => r.id);
      for (const id of ids) db.update('leerlijn_stap', id, { resultaat: `Resultaat ${laptop}` });
    });
  } finally {
    await file.close();
  }
}

/**
 * Two copies of the file, 1,000 changes on each (100 on the same steps), merged: the preview
 * (`bekijkSamenvoegen`: both change sets read and merged), and applying it with the proposals
 * (`voegSamen` in one write, including its save), as `tafelwerk samenvoegen` does.
 */
export async function meetSamenvoegen(bestand: string, runs: number): Promise<Meting[]> {
  const voorbeeld: number[] = [];
  const toepassen: number[] = [];
  const conflicten: number[] = [];
  const logrijen: number[] = [];
  for (let i = 0; i < runs; i++) {
    const map = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-bench-samen-'));
    try {
      const a = join(map, 'a.tafelwerk');
      const b = join(map, 'b.tafelwerk');
      await fs.copyFile(bestand, a);
      await fs.copyFile(bestand, b);
      await werkOp(a, 0, 'A');
      await werkOp(b, WIJZIGINGEN - OVERLAP, 'B');
      const { db: ander } = await readSnapshot(b);
      const { file } = await WerkgroepFile.open(a);
      try {
        let t = performance.now();
        conflicten.push(bekijkSamenvoegen(file.db, ander).conflicten.length);
        voorbeeld.push(performance.now() - t);
        t = performance.now();
        await file.write((db) => voegSamen(db, ander, 'bench'));
        toepassen.push(performance.now() - t);
        if (file.saveStatus.state !== 'opgeslagen')
          throw new Error(`Opslaan mislukt: ${file.saveStatus.error}`);
        logrijen.push(Number(file.db.get<{ n: number }>('SELECT count(*) AS n FROM veldwijziging')?.n));
      } finally {
        await file.close();
        ander.close();
      }
    } finally {
      await fs.rm(map, { recursive: true, force: true });
    }
  }
  const extra = { conflicten: conflicten[0] ?? 0, logrijen_na: logrijen[0] ?? 0 };
  return [
    { naam: 'samenvoegen 2×1000 wijzigingen: voorbeeld', app: voorbeeld, vloer: [], vloerSoort: '', extra },
    {
      naam: 'samenvoegen 2×1000 wijzigingen: toepassen en opslaan',
      app: toepassen,
      vloer: [],
      vloerSoort: '',
    },
  ];
}
