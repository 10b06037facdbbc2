import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { gezienVia } from '../../../shared/domain/wijzigingen';
import { nuIso } from '../../../shared/klok';
import type { Db } from './database';

/**
 * The writer and hybrid logical clock of the change log (migration 019, docs/SAMENWERKEN.md).
 *
 * A writer is one opened copy: every `Db` gets a fresh random id, so a file copied to a second
 * laptop, a member copy on the same laptop and the same file opened again tomorrow never write
 * under the same id, and no two copies can ever make two different changes with one id.
 */
export class ReplicaKlok {
  readonly apparaat = randomBytes(6).toString('hex');
  /** Named in a merge's conflicts ("who"); set by the session, never a candidate. */
  auteur = '';

  /**
   * Before each write transaction: the clock moves to the product clock's now, or stays at the
   * newest time the file has seen (from any copy) when that is later, so this writer's changes
   * sort after everything it has seen. The counter restarts only when the time moves on.
   */
  stelIn(db: Db): void {
    if (!db.get(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'replica'`)) return;
    // Until a write that recorded the start has committed (a rolled-back first write took it along).
    if (!db.get('SELECT 1 FROM apparaat WHERE id = ?', [this.apparaat])) this.begin(db);
    const nu = nuIso();
    db.run(
      `UPDATE replica SET apparaat = ?, stil = 0,
              teller = CASE WHEN ? > tijd THEN 0 ELSE teller END, tijd = MAX(tijd, ?)`,
      [this.apparaat, nu, nu],
    );
  }

  /**
   * The session's first write: it records where the file was when it opened (the last change of
   * the writer before it), and what that start implies, so the triggers leave that out of `ouders`.
   */
  private begin(db: Db): void {
    const vorige = db.get<{ id: string; apparaat: string }>(
      `SELECT tijd || '-' || printf('%08d', teller) || '@' || apparaat AS id, apparaat FROM replica`,
    );
    const start = vorige && vorige.apparaat !== 'migratie' ? vorige.id : '';
    db.run('INSERT INTO apparaat (id, laptop, auteur, gezien_tot) VALUES (?, ?, ?, ?)', [
      this.apparaat,
      hostname().slice(0, 60),
      // Empty when the user set no name: a merge then names no one rather than a placeholder.
      this.auteur.slice(0, 100),
      start,
    ]);
    const lijnen = Object.fromEntries(
      db
        .all<{ id: string; gezien_tot: string }>(`SELECT id, gezien_tot FROM apparaat WHERE gezien_tot <> ''`)
        .map((a) => [a.id, a.gezien_tot]),
    );
    const lijn = start ? Object.fromEntries(gezienVia([start], lijnen)) : {};
    db.run('UPDATE replica SET lijn = ?', [JSON.stringify(lijn)]);
  }
}
