import { formatDatum } from '../../../../shared/format/nl';
import type { Db } from '../database';

/**
 * What an audit-log row is about, in words: "Organisatie ‘Zorggroep X’", "Bijeenkomst van
 * 12-11-2026", "Kandidaat K-7LDQ". Resolved when the log is read, so a renamed record shows its
 * current name. Candidates are named by their code only, and records whose text could name a
 * person (action points, lessons, realisations) by a date, never by their free text.
 */
interface Naamgever {
  tabel: string;
  /** The kind, as the log's descriptions start with it ("Organisatie gewijzigd"). */
  soort: string;
  /** SQL columns the name is made from. */
  kolommen: string;
  naam: (r: Record<string, string | number | null>) => string;
}

const tussen = (t: unknown) => `‘${String(t ?? '')}’`;
const datum = (d: unknown) => `van ${formatDatum(String(d ?? ''))}`;

const NAAMGEVERS: Naamgever[] = [
  { tabel: 'organisatie', soort: 'Organisatie', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'contract', soort: 'Contract', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'kandidaat', soort: 'Kandidaat', kolommen: 'code', naam: (r) => String(r.code) },
  { tabel: 'groep', soort: 'Groep', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'bijeenkomst', soort: 'Bijeenkomst', kolommen: 'datum', naam: (r) => datum(r.datum) },
  {
    tabel: 'actiepunt',
    soort: 'Actiepunt',
    kolommen: 'deadline',
    naam: (r) => (r.deadline ? `uiterlijk ${formatDatum(String(r.deadline))}` : 'zonder uiterste datum'),
  },
  { tabel: 'planning_activiteit', soort: 'Activiteit', kolommen: 'titel', naam: (r) => tussen(r.titel) },
  { tabel: 'planning_fase', soort: 'Fase', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'mijlpaal', soort: 'Mijlpaal', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'aanbesteding', soort: 'Aanbesteding', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'inventarisatie_ronde', soort: 'Ronde', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  {
    tabel: 'formulier_sjabloon',
    soort: 'Formulier',
    kolommen: 'naam, versie',
    naam: (r) => `${tussen(r.naam)} versie ${r.versie}`,
  },
  {
    tabel: 'waarderingstabel',
    soort: 'Waarderingstabel',
    kolommen: 'naam, versie',
    naam: (r) => `${tussen(r.naam)} versie ${r.versie}`,
  },
  { tabel: 'menukaart_optie', soort: 'Optie', kolommen: 'naam', naam: (r) => tussen(r.naam) },
  { tabel: 'realisatie', soort: 'Realisatie', kolommen: 'datum', naam: (r) => datum(r.datum) },
  { tabel: 'les', soort: 'Les', kolommen: 'datum', naam: (r) => datum(r.datum) },
  { tabel: 'evaluatie', soort: 'Evaluatie', kolommen: 'titel', naam: (r) => tussen(r.titel) },
];

export interface Benoemd {
  soort: string;
  /** Null when the record itself is gone (an AVG erasure removes the row). */
  naam: string | null;
  verwijderd: boolean;
}

/**
 * The records these ids belong to (ids are UUIDs, unique over all tables), one query per kind of
 * record however long the log is. An id missing from the answer belongs to a record that is gone.
 */
export function benoemAlle(db: Db, ids: string[]): Map<string, Benoemd> {
  const namen = new Map<string, Benoemd>();
  if (ids.length === 0) return namen;
  const lijst = JSON.stringify([...new Set(ids)]);
  for (const g of NAAMGEVERS)
    for (const r of db.all<Record<string, string | number | null>>(
      `SELECT id, ${g.kolommen}, deleted_at FROM ${g.tabel} WHERE id IN (SELECT value FROM json_each(?))`,
      [lijst],
    ))
      namen.set(String(r.id), { soort: g.soort, naam: g.naam(r), verwijderd: r.deleted_at !== null });
  return namen;
}

const SOORT_VAN_LOG: Record<string, string> = {
  organisatie: 'Organisatie',
  contract: 'Contract',
  kandidaat: 'Kandidaat',
  groep: 'Groep',
  bijeenkomst: 'Bijeenkomst',
  actie: 'Actiepunt',
  aanbesteding: 'Aanbesteding',
  evaluatie: 'Evaluatie',
  les: 'Les',
  realisatie: 'Realisatie',
};

/**
 * One log row in words: the record's name goes after the kind the description starts with
 * ("Organisatie gewijzigd" → "Organisatie ‘Zorggroep X’ gewijzigd"), or in brackets after it
 * ("Persoonlijk plan gewijzigd (kandidaat K-7LDQ)"). A record that no longer exists at all (an
 * AVG erasure) is "(verwijderd)"; there is never a bare id.
 */
export function watInWoorden(
  namen: Map<string, Benoemd>,
  r: { omschrijving: string; soort: string; objectId: string | null },
): string {
  const { omschrijving, soort, objectId } = r;
  if (!objectId) return omschrijving;
  const b = namen.get(objectId) ?? { soort: SOORT_VAN_LOG[soort] ?? 'Record', naam: null, verwijderd: true };
  // "(verwijderd)" only where the description does not say so itself.
  const zegtHet = /\bverwijderd\b/i.test(omschrijving);
  const naam = [b.naam, b.verwijderd && !zegtHet ? '(verwijderd)' : null].filter(Boolean).join(' ');
  if (!naam) return omschrijving;
  const voorvoegsel = `${b.soort.toLowerCase()} `;
  if (omschrijving.toLowerCase().startsWith(voorvoegsel))
    return `${b.soort} ${naam} ${omschrijving.slice(voorvoegsel.length)}`;
  return `${omschrijving} (${b.soort.toLowerCase()} ${naam})`;
}
