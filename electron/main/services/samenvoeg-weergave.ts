import { gebiedVan, type SamenvoegConflict } from '../../../shared/domain/samenvoegen';
import { formatDatumTijd } from '../../../shared/format/nl';
import type { Db } from '../store/database';
import type { Samenvoegconflict } from './samenvoegen';

/** The columns that name a row, in order of preference; a candidate is named by code only. */
const NAAMKOLOMMEN = ['code', 'naam', 'titel', 'omschrijving', 'nummer', 'datum'];

function rijNaam(db: Db, tabel: string, rij: string): string | null {
  if (!/^[a-z_]+$/.test(tabel)) return null;
  const kolommen = new Set(db.all<{ name: string }>(`PRAGMA table_info(${tabel})`).map((k) => k.name));
  const kolom = NAAMKOLOMMEN.find((k) => kolommen.has(k));
  if (!kolom) return null;
  const w = db.get<{ w: unknown }>(`SELECT ${kolom} AS w FROM ${tabel} WHERE id = ?`, [rij])?.w;
  return w === null || w === undefined ? null : String(w);
}

/**
 * A conflict as the secretary reads it: the area and the record by its name ("Organisaties ·
 * Zorggroep De Schelpenbank: telefoon"), and when each value was set in local time, instead of
 * the engine's table, row id and UTC clock.
 */
export function conflictVoorScherm(db: Db, c: Samenvoegconflict): SamenvoegConflict {
  const [soort, tabel, rij, veld] = c.sleutel.split(':');
  const omschrijving =
    soort === 'veld' && tabel && rij && veld
      ? `${gebiedVan(tabel)} · ${rijNaam(db, tabel, rij) ?? 'een record'}: ${veld.replace(/_/g, ' ')} is in beide bestanden anders gewijzigd.`
      : c.omschrijving;
  return {
    sleutel: c.sleutel,
    omschrijving,
    opties: c.opties.map((o) => ({
      label: o.label,
      ...(o.door ? { door: o.door } : {}),
      ...(o.tijd ? { tijd: /^\d{4}-\d\d-\d\dT/.test(o.tijd) ? formatDatumTijd(o.tijd) : o.tijd } : {}),
      ...(o.herkomst ? { herkomst: o.herkomst } : {}),
    })),
    voorstel: c.voorstel,
  };
}
