import {
  type BewaarOverzicht,
  plusMaanden,
  STANDAARD_BEWAARTERMIJN_MAANDEN,
} from '../../../../shared/domain/kandidaten';
import { vandaagIso } from '../../../../shared/format/nl';
import { lokaleDag, nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

/**
 * The AVG side of candidates: complete erasure and the retention period.
 *
 * Erasure is a real DELETE: every row about the person goes with the candidate (ON DELETE
 * CASCADE). Realisations their steps earned stay, because the SROI totals reported to gemeenten
 * rely on them, but lose every link to the person: an anonymous count, nothing more.
 */
export function wisKandidaat(db: Db, id: string, bevestiging: string): void {
  const k = db.get<{ code: string }>('SELECT code FROM kandidaat WHERE id = ?', [id]);
  if (!k) throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
  if (bevestiging.trim().toUpperCase() !== k.code.toUpperCase())
    throw new AppFault('ONGELDIGE_INVOER', `Typ de code ${k.code} om te bevestigen; er is niets verwijderd.`);
  verwijderPersoon(db, id);
}

/**
 * Finishes an erasure that was confirmed earlier but did not reach the disk before Tafelwerk closed
 * (recorded in store/wissen-register.ts). False when the person is no longer in the file.
 */
export function voltooiWissen(db: Db, id: string): boolean {
  if (!db.get('SELECT 1 FROM kandidaat WHERE id = ?', [id])) return false;
  verwijderPersoon(db, id);
  return true;
}

function verwijderPersoon(db: Db, id: string): void {
  db.run(
    `UPDATE realisatie SET bron_id = NULL, omschrijving = 'Leerlijnstap van een verwijderde kandidaat', updated_at = ?
      WHERE bron = 'leerlijn' AND bron_id IN (SELECT id FROM leerlijn_stap WHERE kandidaat_id = ?)`,
    [nuIso(), id],
  );
  db.run('DELETE FROM kandidaat WHERE id = ?', [id]);
  // The erasure record for merging (migration 019): the id only, so no copy brings the person back.
  db.run(
    `INSERT OR IGNORE INTO gewist (id, wijziging_id)
       SELECT ?, tijd || '-' || printf('%08d', teller) || '@' || apparaat FROM replica`,
    [id],
  );
  controleerGewist(db, id);
}

/**
 * A DELETE that ran without error is no proof: a trigger planted in the file (`RAISE(IGNORE)`)
 * or a cascade that did not happen leaves the person in place while all looks well. So count
 * what is left of them: the candidate and every row in any table with a `kandidaat_id`. Throwing
 * rolls the whole erasure back and tells the user it did not happen.
 */
function controleerGewist(db: Db, id: string): void {
  const tabellen = db
    .all<{ naam: string }>(
      `SELECT m.name AS naam FROM sqlite_master m, pragma_table_info(m.name) c
        WHERE m.type = 'table' AND c.name = 'kandidaat_id'`,
    )
    .map((t) => t.naam)
    .filter((t) => /^[a-z_][a-z0-9_]*$/.test(t));
  const over = [
    ...(db.get('SELECT 1 FROM kandidaat WHERE id = ?', [id]) ? ['kandidaat'] : []),
    // The change log holds field values (a name): only the row's tombstone may stay.
    ...(db.get(`SELECT 1 FROM veldwijziging WHERE rij_id = ? AND veld <> '*'`, [id])
      ? ['wijzigingslog']
      : []),
    ...tabellen.filter((t) => db.get(`SELECT 1 FROM ${t} WHERE kandidaat_id = ? LIMIT 1`, [id])),
  ];
  if (over.length > 0)
    throw new AppFault(
      'WISSEN_MISLUKT',
      `De kandidaat is niet verwijderd: na het verwijderen stonden er nog gegevens van deze persoon in het bestand (${over.join(', ')}). ` +
        'Er is niets gewijzigd. Het bestand is mogelijk buiten Tafelwerk om aangepast; laat het controleren door uw beheerder voordat u verder werkt.',
    );
}

/** The werkgroep's retention period and who is past it on `vandaag`. */
export function bewaarOverzicht(db: Db, vandaag = vandaagIso()): BewaarOverzicht {
  const maanden =
    db.get<{ m: number }>('SELECT bewaartermijn_maanden AS m FROM werkgroep WHERE deleted_at IS NULL LIMIT 1')
      ?.m ?? STANDAARD_BEWAARTERMIJN_MAANDEN;
  // A registration that never became a trajectory has no end date; the local day of its last change
  // stands in for it (not the UTC day that cutting the timestamp would give), or it would be kept for ever.
  const verlopen = db
    .all<BewaarOverzicht['verlopen'][number]>(
      `SELECT id, code, einddatum AS sinds, 'afgerond' AS reden FROM kandidaat
        WHERE deleted_at IS NULL AND einddatum IS NOT NULL AND status IN ('uitgestroomd', 'gestopt')
       UNION ALL
       SELECT id, code, updated_at AS sinds, 'nooit_gestart' AS reden FROM kandidaat
        WHERE deleted_at IS NULL AND status = 'aangemeld'`,
    )
    .map((k) => ({ ...k, sinds: lokaleDag(k.sinds) }))
    .filter((k) => plusMaanden(k.sinds, maanden) < vandaag)
    .sort((a, b) => (a.sinds + a.code < b.sinds + b.code ? -1 : 1));
  return { maanden, verlopen };
}

export function zetBewaartermijn(db: Db, maanden: number): void {
  db.run('UPDATE werkgroep SET bewaartermijn_maanden = ?, updated_at = ? WHERE deleted_at IS NULL', [
    maanden,
    nuIso(),
  ]);
}
