import { randomInt } from 'node:crypto';
import type {
  Kandidaat,
  KandidaatGegevens,
  KandidaatStatus,
  PersoonlijkeBonus,
  Uitkering,
} from '../../../../shared/domain/kandidaten';
import { korteGemeenteOfNiets } from '../../../../shared/format/nl';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface Row {
  id: string;
  code: string;
  naam: string | null;
  initialen: string | null;
  gemeente_id: string | null;
  gemeente: string | null;
  uitkering: Uitkering | null;
  klantmanager: string | null;
  begeleider_naam: string | null;
  begeleider_organisatie_id: string | null;
  begeleider_organisatie: string | null;
  groep_id: string | null;
  groep: string | null;
  startdatum: string | null;
  status: KandidaatStatus;
  bonussen_json: string;
  einddatum: string | null;
}

const SELECT = `
  SELECT k.id, k.code, k.naam, k.initialen, k.gemeente_id, g.naam AS gemeente, k.uitkering,
         k.klantmanager, k.begeleider_naam, k.begeleider_organisatie_id, b.naam AS begeleider_organisatie,
         k.groep_id, gr.naam AS groep, k.startdatum, k.status, k.bonussen_json, k.einddatum
    FROM kandidaat k
    LEFT JOIN organisatie g ON g.id = k.gemeente_id
    LEFT JOIN organisatie b ON b.id = k.begeleider_organisatie_id
    LEFT JOIN groep gr ON gr.id = k.groep_id AND gr.deleted_at IS NULL
   WHERE k.deleted_at IS NULL`;

const toKandidaat = (r: Row): Kandidaat => ({
  id: r.id,
  code: r.code,
  naam: r.naam,
  initialen: r.initialen,
  gemeenteId: r.gemeente_id,
  gemeente: korteGemeenteOfNiets(r.gemeente),
  uitkering: r.uitkering,
  klantmanager: r.klantmanager,
  begeleiderNaam: r.begeleider_naam,
  begeleiderOrganisatieId: r.begeleider_organisatie_id,
  begeleiderOrganisatie: r.begeleider_organisatie,
  groepId: r.groep_id,
  groep: r.groep,
  startdatum: r.startdatum,
  status: r.status,
  bonussen: JSON.parse(r.bonussen_json) as PersoonlijkeBonus[],
  einddatum: r.einddatum,
});

export function getKandidaat(db: Db, id: string): Kandidaat {
  const row = db.get<Row>(`${SELECT} AND k.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
  return toKandidaat(row);
}

export function kandidaatMetCode(db: Db, code: string): { id: string } | undefined {
  return db.get<{ id: string }>('SELECT id FROM kandidaat WHERE code = ? COLLATE NOCASE', [code]);
}

/** The record without name and initials: what leaves main unless names were asked for. */
export const zonderNaam = (k: Kandidaat): Kandidaat => ({ ...k, naam: null, initialen: null });

// Letters and digits that cannot be mistaken for each other when read aloud or written down.
const CODE_TEKENS = 'ACDEFGHJKLMNPQRTUVWXY34679';

/** A fresh pseudonym like "K-7RQM": random, so it says nothing about the person or the order of entry. */
function nieuweCode(db: Db): string {
  for (;;) {
    let code = 'K-';
    for (let i = 0; i < 4; i++) code += CODE_TEKENS[randomInt(CODE_TEKENS.length)];
    if (!kandidaatMetCode(db, code)) return code;
  }
}

function controleer(db: Db, data: Omit<KandidaatGegevens, 'naam' | 'initialen'>): void {
  const soort = (id: string | null) =>
    id
      ? db.get<{ soort: string }>('SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL', [id])
          ?.soort
      : null;
  if (data.gemeenteId && soort(data.gemeenteId) !== 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Kies als gemeente een gemeente uit de lijst.');
  if (data.begeleiderOrganisatieId && !soort(data.begeleiderOrganisatieId))
    throw new AppFault('ONGELDIGE_INVOER', 'De organisatie van de begeleider bestaat niet (meer).');
  if (data.groepId && !db.get('SELECT 1 FROM groep WHERE id = ? AND deleted_at IS NULL', [data.groepId]))
    throw new AppFault('ONGELDIGE_INVOER', 'De groep bestaat niet (meer).');
}

/** Name and initials may be left out (undefined) when changing: then they stay as stored. */
export type KandidaatOpslag = Omit<KandidaatGegevens, 'naam' | 'initialen'> & {
  naam?: string | null;
  initialen?: string | null;
};

/**
 * Adds or updates a candidate's row; a new one gets a generated pseudonym unless `code` is given
 * (import). `services/kandidaten.ts` brings the realisations of the steps in line after a change.
 */
export function schrijfKandidaat(db: Db, data: KandidaatOpslag, id?: string, code?: string): string {
  controleer(db, data);
  const values = {
    ...(data.naam !== undefined || !id ? { naam: data.naam ?? null } : {}),
    ...(data.initialen !== undefined || !id ? { initialen: data.initialen ?? null } : {}),
    gemeente_id: data.gemeenteId,
    uitkering: data.uitkering,
    klantmanager: data.klantmanager,
    begeleider_naam: data.begeleiderNaam,
    begeleider_organisatie_id: data.begeleiderOrganisatieId,
    groep_id: data.groepId,
    startdatum: data.startdatum,
    status: data.status,
    bonussen_json: JSON.stringify(data.bonussen),
    einddatum: data.einddatum,
  };
  if (id) {
    getKandidaat(db, id);
    db.update('kandidaat', id, values);
    return id;
  }
  if (code && kandidaatMetCode(db, code))
    throw new AppFault('ONGELDIGE_INVOER', `Er is al een kandidaat met de code ${code}.`);
  return db.insert('kandidaat', { ...values, code: code ?? nieuweCode(db) });
}

/** Sets status and end date together, e.g. after an outcome or a fallback. */
export function zetTrajectstand(db: Db, id: string, status: KandidaatStatus, einddatum: string | null): void {
  db.update('kandidaat', id, { status, einddatum });
}
