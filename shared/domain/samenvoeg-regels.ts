import { GRAFSTEEN, type Rijstand, rijSleutel, type Waarde } from './wijzigingen';

/**
 * What must stay unique or linked after two copies are merged, as conflicts with a proposal: two
 * laptops both adding organisation "Zorg BV" (names unique regardless of case), both adding besluit
 * 12 (numbers are never reused), both generating one candidate code, a leerlijn step added on one
 * laptop for an organisation archived or deleted on the other. Which of two rows "came in" is
 * decided by the rows alone (the later-created, by its UUIDv7 id), so the proposal does not depend
 * on which copy merges which.
 */

export interface Zetting {
  tabel: string;
  rij: string;
  /** A field, or `*` to delete the row. */
  veld: string;
  waarde: Waarde;
}

export interface Optie {
  label: string;
  zet: Zetting[];
}

export interface Regelconflict {
  sleutel: string;
  soort: 'organisatienaam' | 'besluitnummer' | 'kandidaatcode' | 'stap-organisatie' | 'verwijzing';
  omschrijving: string;
  opties: Optie[];
  /** The index of the proposed option (the command line's default). */
  voorstel: number;
}

/**
 * Every field the rules below read, per table. A merge reads in full only the rows that differ
 * between the copies; of every other row of these tables it reads just these fields
 * (services/samenvoegen.ts), so a rule that reads another field must list it here.
 */
export const REGELVELDEN: Readonly<Record<string, readonly string[]>> = {
  organisatie: ['naam', 'created_at', 'deleted_at', 'gearchiveerd_op'],
  besluit: ['nummer', 'activiteit_id', 'deleted_at'],
  kandidaat: ['code', 'deleted_at'],
  leerlijn_stap: ['organisatie_id', 'deleted_at'],
  actiepunt: ['omschrijving', 'besluit_id', 'activiteit_id', 'deleted_at'],
  planning_activiteit: ['titel', 'fase_id', 'deleted_at'],
  planning_fase: ['deleted_at'],
};

type Rij = { rij: string; w: Record<string, Waarde> };

function rijenVan(stand: Map<string, Rijstand>, tabel: string, alleenLevend: boolean): Rij[] {
  const rijen: Rij[] = [];
  for (const r of stand.values()) {
    if (r.tabel !== tabel || r.weg) continue;
    const w = Object.fromEntries([...r.velden].map(([k, v]) => [k, v.koppen[0]?.waarde ?? null]));
    if (alleenLevend && w.deleted_at !== null && w.deleted_at !== undefined) continue;
    rijen.push({ rij: r.rij, w });
  }
  return rijen.sort((a, b) => (a.rij < b.rij ? -1 : 1));
}

/** Rows sharing a key, in groups of more than one; the first of each group was created first. */
function dubbel(rijen: Rij[], sleutel: (r: Rij) => string | null): Rij[][] {
  const groepen = new Map<string, Rij[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    if (k !== null) groepen.set(k, [...(groepen.get(k) ?? []), r]);
  }
  return [...groepen.values()].filter((g) => g.length > 1);
}

const tekst = (w: Waarde | undefined) => (w === null || w === undefined ? '' : String(w));

function organisatienamen(stand: Map<string, Rijstand>): Regelconflict[] {
  const rijen = rijenVan(stand, 'organisatie', true);
  const bezet = new Set(rijen.map((r) => tekst(r.w.naam).trim().toLowerCase()));
  return dubbel(rijen, (r) => tekst(r.w.naam).trim().toLowerCase()).flatMap((groep) => {
    const [eerste, ...later] = groep as [Rij, ...Rij[]];
    return later.map((r) => {
      const nieuw = vrij(
        bezet,
        (n) => `${tekst(r.w.naam).trim()} (${n})`,
        (x) => x.toLowerCase(),
      );
      return {
        sleutel: `organisatienaam:${r.rij}`,
        soort: 'organisatienaam' as const,
        omschrijving: `Organisatie "${tekst(r.w.naam)}" is op twee laptops toegevoegd.`,
        opties: [
          {
            label: `Hernoem de tweede tot "${nieuw}"`,
            zet: [{ tabel: 'organisatie', rij: r.rij, veld: 'naam', waarde: nieuw }],
          },
          {
            label:
              'Behandel ze als dezelfde organisatie: de tweede wordt verwijderd (wat ernaar verwijst blijft bewaard)',
            zet: [
              {
                tabel: 'organisatie',
                rij: r.rij,
                veld: 'deleted_at',
                waarde: tekst(eerste.w.created_at) || '1970-01-01T00:00:00.000Z',
              },
            ],
          },
        ],
        voorstel: 0,
      };
    });
  });
}

/** A conflict with one way out. */
const enkel = (
  soort: Regelconflict['soort'],
  rij: string,
  omschrijving: string,
  label: string,
  zet: Zetting,
): Regelconflict => ({
  sleutel: `${soort}:${rij}`,
  soort,
  omschrijving,
  opties: [{ label, zet: [zet] }],
  voorstel: 0,
});

/** The first `maak(n)` from n = 2 on that is not taken (compared as `sleutel` says); then taken. */
function vrij(bezet: Set<string>, maak: (n: number) => string, sleutel: (s: string) => string): string {
  let n = 2;
  while (bezet.has(sleutel(maak(n)))) n++;
  bezet.add(sleutel(maak(n)));
  return maak(n);
}

/**
 * A number or code stays taken once used, deleted rows included (the database enforces it): the
 * later of two rows with one value gets `nieuw(rij)`.
 */
function eenmalig(
  stand: Map<string, Rijstand>,
  soort: 'besluitnummer' | 'kandidaatcode',
  tabel: string,
  veld: string,
  nieuw: (rijen: Rij[]) => (r: Rij) => Waarde,
  tekst2: (oud: string, nieuw: string) => [string, string],
): Regelconflict[] {
  const rijen = rijenVan(stand, tabel, false);
  const volgende = nieuw(rijen);
  return dubbel(rijen, (r) => tekst(r.w[veld]).toUpperCase()).flatMap((groep) =>
    groep.slice(1).map((r) => {
      const waarde = volgende(r);
      const [omschrijving, label] = tekst2(tekst(r.w[veld]), tekst(waarde));
      return enkel(soort, r.rij, omschrijving, label, { tabel, rij: r.rij, veld, waarde });
    }),
  );
}

const besluitnummers = (stand: Map<string, Rijstand>) =>
  eenmalig(
    stand,
    'besluitnummer',
    'besluit',
    'nummer',
    (rijen) => {
      let max = Math.max(0, ...rijen.map((r) => Number(r.w.nummer) || 0));
      return () => ++max;
    },
    (oud, nieuw) => [`Besluit ${oud} is op twee laptops genomen.`, `Geef het tweede besluit nummer ${nieuw}`],
  );

const kandidaatcodes = (stand: Map<string, Rijstand>) =>
  eenmalig(
    stand,
    'kandidaatcode',
    'kandidaat',
    'code',
    (rijen) => {
      const hoofd = (x: string) => x.toUpperCase();
      const bezet = new Set(rijen.map((r) => hoofd(tekst(r.w.code))));
      return (r) => vrij(bezet, (n) => `${tekst(r.w.code)}-${n}`, hoofd);
    },
    (oud, nieuw) => [
      `Kandidaatcode ${oud} is op twee laptops uitgegeven.`,
      `Geef de tweede kandidaat code ${nieuw}`,
    ],
  );

function stappenZonderOrganisatie(stand: Map<string, Rijstand>): Regelconflict[] {
  const conflicten: Regelconflict[] = [];
  for (const stap of rijenVan(stand, 'leerlijn_stap', true)) {
    const orgId = tekst(stap.w.organisatie_id);
    if (!orgId) continue;
    const org = stand.get(rijSleutel({ tabel: 'organisatie', rij: orgId }));
    if (!org) continue;
    const w = Object.fromEntries([...org.velden].map(([k, v]) => [k, v.koppen[0]?.waarde ?? null]));
    const weg = org.weg || w.deleted_at !== null;
    if (!weg && w.gearchiveerd_op === null) continue;
    const laten = {
      label: 'Verwijder de stap',
      zet: [{ tabel: 'leerlijn_stap', rij: stap.rij, veld: GRAFSTEEN, waarde: null }],
    };
    const terug = {
      label: `Houd de stap en zet organisatie "${tekst(w.naam)}" terug`,
      zet: [
        { tabel: 'organisatie', rij: orgId, veld: 'deleted_at', waarde: null },
        { tabel: 'organisatie', rij: orgId, veld: 'gearchiveerd_op', waarde: null },
      ],
    };
    conflicten.push({
      sleutel: `stap-organisatie:${stap.rij}`,
      soort: 'stap-organisatie',
      omschrijving: `Een leerlijnstap is toegevoegd bij organisatie "${tekst(w.naam)}", die op een andere laptop ${org.weg || w.deleted_at !== null ? 'is verwijderd' : 'is gearchiveerd'}.`,
      // A deleted row is final (its id is never reused): only the step can go.
      opties: org.weg ? [laten] : [terug, laten],
      voorstel: 0,
    });
  }
  return conflicten;
}

/** The fields of a row, as the merged stand has them (the greatest head of each). */
const veldenVan = (r: Rijstand): Record<string, Waarde> =>
  Object.fromEntries([...r.velden].map(([k, v]) => [k, v.koppen[0]?.waarde ?? null]));

/** A link of the besluit–action–planning chain (issue #21): a field that points at another row. */
interface Verwijzing {
  tabel: string;
  veld: string;
  doel: string;
  /** The linking row as the conflict names it: actiepunt "Bellen", besluit 14. */
  bron: (w: Record<string, Waarde>) => string;
  /** What it points at, with its relative pronoun: besluit 12 ("dat"), activiteit "Werven" ("die"). */
  naam: (w: Record<string, Waarde>) => [string, 'dat' | 'die'];
}

const actiepunt = (w: Record<string, Waarde>) => `actiepunt "${tekst(w.omschrijving)}"`;
const activiteit = (w: Record<string, Waarde>): [string, 'die'] => [`activiteit "${tekst(w.titel)}"`, 'die'];

const KETEN: readonly Verwijzing[] = [
  {
    tabel: 'actiepunt',
    veld: 'besluit_id',
    doel: 'besluit',
    bron: actiepunt,
    naam: (w) => [`besluit ${tekst(w.nummer)}`, 'dat'],
  },
  {
    tabel: 'actiepunt',
    veld: 'activiteit_id',
    doel: 'planning_activiteit',
    bron: actiepunt,
    naam: activiteit,
  },
  {
    tabel: 'besluit',
    veld: 'activiteit_id',
    doel: 'planning_activiteit',
    bron: (w) => `besluit ${tekst(w.nummer)}`,
    naam: activiteit,
  },
];

/**
 * A link made on one laptop to a besluit or activity deleted on the other: the app's own delete
 * clears such links, a merge must too. Proposed: unlink (the action or besluit stays, the delete
 * stands, only the link goes); or bring the deleted row back, as a step's organisation can be
 * (an activity with its phase, if that went too). A row deleted for real can only be unlinked.
 */
function verwijzingenNaarVerwijderd(stand: Map<string, Rijstand>): Regelconflict[] {
  const conflicten: Regelconflict[] = [];
  for (const v of KETEN)
    for (const rij of rijenVan(stand, v.tabel, true)) {
      const doelId = tekst(rij.w[v.veld]);
      if (!doelId) continue;
      const doel = stand.get(rijSleutel({ tabel: v.doel, rij: doelId }));
      if (!doel) continue;
      const w = veldenVan(doel);
      if (!doel.weg && w.deleted_at === null) continue;
      // A row deleted for real keeps no fields in the stand, so no number or title to name it by.
      const [naam, dat] = doel.weg
        ? [v.doel === 'besluit' ? 'een besluit' : 'een activiteit', '']
        : v.naam(w);
      const bron = v.bron(rij.w);
      const ontkoppel = {
        label: `Haal de koppeling weg; ${bron} blijft bewaard`,
        zet: [{ tabel: v.tabel, rij: rij.rij, veld: v.veld, waarde: null }],
      };
      const terug: Zetting[] = [{ tabel: v.doel, rij: doelId, veld: 'deleted_at', waarde: null }];
      const faseId = tekst(w.fase_id);
      const fase = faseId ? stand.get(rijSleutel({ tabel: 'planning_fase', rij: faseId })) : undefined;
      if (fase && !fase.weg && veldenVan(fase).deleted_at !== null)
        terug.push({ tabel: 'planning_fase', rij: faseId, veld: 'deleted_at', waarde: null });
      conflicten.push({
        sleutel: `verwijzing:${v.tabel}.${v.veld}:${rij.rij}`,
        soort: 'verwijzing',
        omschrijving: `${bron[0]?.toUpperCase()}${bron.slice(1)} is gekoppeld aan ${naam}${dat ? `, ${dat}` : ' dat'} op een andere laptop is verwijderd.`,
        opties: doel.weg ? [ontkoppel] : [ontkoppel, { label: `Zet ${naam} terug`, zet: terug }],
        voorstel: 0,
      });
    }
  return conflicten;
}

/** Every rule conflict of a merged stand, in a fixed order. */
export function regelconflicten(stand: Map<string, Rijstand>): Regelconflict[] {
  return [
    ...organisatienamen(stand),
    ...besluitnummers(stand),
    ...kandidaatcodes(stand),
    ...stappenZonderOrganisatie(stand),
    ...verwijzingenNaarVerwijderd(stand),
  ];
}
