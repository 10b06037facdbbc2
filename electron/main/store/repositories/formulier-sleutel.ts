import { randomBytes } from 'node:crypto';
import type { Db } from '../database';

/**
 * The werkgroep's key for the MAC on its inventarisatie forms (migration 016). It lives only in the
 * werkgroep file: whoever holds the file can make forms that pass; an organisation, which only ever
 * sees forms, cannot.
 */

const ID = 'formulieren';

/** The key, or null when this werkgroep has not made a form yet. */
export function formulierSleutel(db: Db): Buffer | null {
  const rij = db.get<{ sleutel: string }>('SELECT sleutel FROM formulier_sleutel WHERE id = ?', [ID]);
  return rij ? Buffer.from(rij.sleutel, 'hex') : null;
}

/**
 * The key, made (32 random bytes) when there is none yet. Callers with an open file run this in a
 * write first, so that the key is on disk before any form made with it leaves the computer.
 */
export function zorgVoorFormulierSleutel(db: Db): Buffer {
  const bestaand = formulierSleutel(db);
  if (bestaand) return bestaand;
  const sleutel = randomBytes(32);
  db.insert('formulier_sleutel', { id: ID, sleutel: sleutel.toString('hex') });
  return sleutel;
}
