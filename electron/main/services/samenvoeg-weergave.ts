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
  const tijden = c.opties.map((o) => (o.tijd ? tijdVoorScherm(o.tijd) : undefined));
  // Two values set within the same minute read alike: then the seconds tell them apart.
  const gelijk = new Set(tijden).size < tijden.filter(Boolean).length;
  return {
    sleutel: c.sleutel,
    omschrijving,
    opties: c.opties.map((o) => ({
      label: o.label,
      ...(o.door ? { door: o.door } : {}),
      ...(o.tijd ? { tijd: tijdVoorScherm(o.tijd, gelijk) } : {}),
      ...(o.herkomst ? { herkomst: o.herkomst } : {}),
    })),
    voorstel: c.voorstel,
  };
}

/** An engine time (UTC ISO) in local time, "04-12-2026 18:45", with ":07" seconds if asked. */
function tijdVoorScherm(tijd: string, metSeconden = false): string {
  if (!/^\d{4}-\d\d-\d\dT/.test(tijd)) return tijd;
  const seconden = String(new Date(tijd).getSeconds()).padStart(2, '0');
  return metSeconden ? `${formatDatumTijd(tijd)}:${seconden}` : formatDatumTijd(tijd);
}
