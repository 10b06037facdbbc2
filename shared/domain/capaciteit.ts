import type { StapStatus } from './kandidaten';

/**
 * The capacity board: per menukaart option, the places organisations offer against the places
 * the candidates' leerlijnen use or need. Pure arithmetic, so the board, the proposal and the
 * Excel export agree to the place.
 */

/** Places an organisation offers for an option (from its inventarisatie answer, or edited). */
export interface Aanbod {
  organisatieId: string;
  organisatie: string;
  optieCode: string;
  plaatsen: number;
}

/** A planned or running step, as the board needs it. */
export interface BordStap {
  stapId: string;
  kandidaatId: string;
  kandidaatCode: string;
  gemeenteId: string | null;
  optieCode: string;
  organisatieId: string | null;
  organisatie: string | null;
  status: StapStatus;
  /** Actual start, else planned start; null = not dated yet. */
  van: string | null;
  /** Actual end, else planned end; null = open-ended. */
  tot: string | null;
}

export interface Periode {
  van: string;
  tot: string;
}

export interface BordRegel {
  organisatieId: string;
  organisatie: string;
  aangeboden: number;
  inGebruik: number;
  /** aangeboden − inGebruik; negative when over-booked. */
  vrij: number;
}

export interface BordOptie {
  optieCode: string;
  optie: string;
  regels: BordRegel[];
  aangeboden: number;
  inGebruik: number;
  // No net "free" total: offered − in use mixes one organisation's free places with another's
  // over-booking, and shown beside `ongebruikt` and `tekort` it contradicted both.
  /** Steps that need this option but have no organisation yet. */
  nietToegewezen: BordStap[];
  /** Places short: unassigned steps beyond the free places, plus over-booking. */
  tekort: number;
  /** Offered places nobody uses, after the unassigned steps would be placed. */
  ongebruikt: number;
}

/** A step occupies a place while planned or running, if it overlaps the period (undated steps always count). */
export function bezetInPeriode(s: Pick<BordStap, 'status' | 'van' | 'tot'>, p: Periode): boolean {
  if (s.status !== 'gepland' && s.status !== 'lopend') return false;
  if (s.van && s.van > p.tot) return false;
  if (s.tot && s.tot < p.van) return false;
  return true;
}

export function capaciteitsbord(
  opties: readonly { code: string; naam: string }[],
  aanbod: readonly Aanbod[],
  stappen: readonly BordStap[],
  periode: Periode,
): BordOptie[] {
  const bezet = stappen.filter((s) => bezetInPeriode(s, periode));
  return opties
    .map((optie) => {
      const eigen = bezet.filter((s) => s.optieCode === optie.code);
      const perOrganisatie = new Map<string, BordRegel>();
      for (const a of aanbod.filter((x) => x.optieCode === optie.code)) {
        const r = perOrganisatie.get(a.organisatieId) ?? {
          organisatieId: a.organisatieId,
          organisatie: a.organisatie,
          aangeboden: 0,
          inGebruik: 0,
          vrij: 0,
        };
        r.aangeboden += a.plaatsen;
        perOrganisatie.set(a.organisatieId, r);
      }
      for (const s of eigen) {
        if (!s.organisatieId) continue;
        const r = perOrganisatie.get(s.organisatieId);
        // A step at an organisation that offers nothing for this option still uses a place: show it.
        if (r) r.inGebruik += 1;
        else
          perOrganisatie.set(s.organisatieId, {
            organisatieId: s.organisatieId,
            organisatie: s.organisatie ?? '',
            aangeboden: 0,
            inGebruik: 1,
            vrij: 0,
          });
      }
      const regels = [...perOrganisatie.values()].map((r) => ({ ...r, vrij: r.aangeboden - r.inGebruik }));
      const aangeboden = regels.reduce((n, r) => n + r.aangeboden, 0);
      const inGebruik = regels.reduce((n, r) => n + r.inGebruik, 0);
      const vrijePlaatsen = regels.reduce((n, r) => n + Math.max(0, r.vrij), 0);
      const overboekt = regels.reduce((n, r) => n + Math.max(0, -r.vrij), 0);
      const nietToegewezen = eigen.filter((s) => !s.organisatieId);
      return {
        optieCode: optie.code,
        optie: optie.naam,
        regels: regels.sort((a, b) => a.organisatie.localeCompare(b.organisatie, 'nl')),
        aangeboden,
        inGebruik,
        nietToegewezen,
        tekort: overboekt + Math.max(0, nietToegewezen.length - vrijePlaatsen),
        ongebruikt: Math.max(0, vrijePlaatsen - nietToegewezen.length),
      };
    })
    .filter((o) => o.aangeboden > 0 || o.inGebruik > 0 || o.nietToegewezen.length > 0);
}

export interface Voorstel {
  organisatieId: string;
  organisatie: string;
  vrij: number;
  inGemeente: boolean;
  /** Why this organisation is proposed, in Dutch. */
  uitleg: string;
}

/**
 * Organisations that could take an unassigned step: they offer the option and have a free place.
 * Those working in the candidate's gemeente come first, then the most free places. The werkgroep
 * decides; this only proposes and says why.
 */
export function voorstellen(
  stap: Pick<BordStap, 'optieCode' | 'gemeenteId'>,
  bord: readonly BordOptie[],
  werkgebied: ReadonlyMap<string, readonly string[]>,
): Voorstel[] {
  const optie = bord.find((o) => o.optieCode === stap.optieCode);
  if (!optie) return [];
  return optie.regels
    .filter((r) => r.vrij > 0)
    .map((r) => {
      const inGemeente =
        stap.gemeenteId !== null && (werkgebied.get(r.organisatieId) ?? []).includes(stap.gemeenteId);
      const plaatsen = `${r.vrij} ${r.vrij === 1 ? 'plaats' : 'plaatsen'} vrij`;
      return {
        organisatieId: r.organisatieId,
        organisatie: r.organisatie,
        vrij: r.vrij,
        inGemeente,
        uitleg: inGemeente ? `${plaatsen}; werkt in de gemeente van de kandidaat.` : `${plaatsen}.`,
      };
    })
    .sort(
      (a, b) =>
        Number(b.inGemeente) - Number(a.inGemeente) ||
        b.vrij - a.vrij ||
        a.organisatie.localeCompare(b.organisatie, 'nl'),
    );
}

/** The board as the capacity page shows it. */
export interface CapaciteitsOverzicht {
  periode: Periode;
  bord: BordOptie[];
  /** The menukaart options an offer can be entered for. */
  opties: { id: string; code: string; naam: string }[];
  /** Every offer, for editing. */
  aanbod: (Aanbod & { menukaartOptieId: string; bron: AanbodBron })[];
}

/** Where an offer came from: a round's answers, or typed in. */
export type AanbodBron = 'inventarisatie' | 'handmatig';

/**
 * One offer a takeover from a round changed: what it holds now and what it held before (null: there
 * was none), so the takeover can be undone and the undo can see whether anyone changed it since.
 */
export interface OvergenomenAanbod {
  organisatieId: string;
  menukaartOptieId: string;
  plaatsen: number;
  was: { plaatsen: number; bron: AanbodBron } | null;
}
