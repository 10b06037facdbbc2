import { GRAFSTEEN, rijSleutel, type Waarde, type Wijziging, type Wijzigingsset } from './wijzigingen';

/**
 * What a copy for a werkgroep member leaves out (issue #20, "Kopie voor een werkgroeplid"), and how
 * a merge treats it. The one list of withheld data: the copy service blanks exactly these, and the
 * merge never lets them travel from or into such a copy.
 *
 * Kept, so every figure (dashboard, SROI, capacity, FO-pakket) agrees with the full file: the
 * candidate's code, status, gemeente, groep, dates, benefit and personal bonuses (both drive the
 * SROI valuation and the uitkering savings, and the pseudonymised candidate export carries them
 * too), the leerlijn steps, ladder steps, outcomes and fallbacks with their dates.
 *
 * Not withheld, on purpose: attendees of meetings, contact persons of organisations and the
 * free text of agenda items, decisions, actions and lessons. They are about werkgroep members
 * and partners in their working role (migration 010), the very people the copy is for, and their
 * work is what the member does in the copy. The app never writes a candidate into them, but a
 * user could type one into free text; that is a limit of any copy (docs/SAMENWERKEN.md).
 */

/**
 * What a member can update in such a copy, said the same way in the copy dialog, the notice above
 * every page and main's refusal (a trial found three different lists). Placing candidates in a
 * group is werkgroep work, not a person's data, so it is allowed; adding or changing a candidate is not.
 */
export const WERK_IN_KOPIE =
  'acties, planning, bijeenkomsten, organisaties, groepen (ook wie erin zit), inventarisatie, SROI en lessen';

/** A withheld field and what it becomes in the copy: NULL, or '' where the column is NOT NULL. */
interface Weggelaten {
  veld: string;
  leeg: '' | null;
  /** Why this field is personal data. */
  waarom: string;
}

export const WEGGELATEN_VELDEN: Readonly<Record<string, readonly Weggelaten[]>> = {
  kandidaat: [
    { veld: 'naam', leeg: null, waarom: 'the full name identifies the person' },
    { veld: 'initialen', leeg: null, waarom: 'initials with gemeente and dates identify the person' },
    { veld: 'klantmanager', leeg: null, waarom: 'names who handles their benefit: identifies them' },
    { veld: 'begeleider_naam', leeg: null, waarom: 'names their coach: identifies them' },
  ],
  kandidaat_plan: [
    // Free text in the person's own words: wishes, health, family; the same as the erasure removes.
    { veld: 'wensen', leeg: null, waarom: 'free text about the person' },
    { veld: 'eigen_woorden', leeg: null, waarom: 'free text about the person' },
    { veld: 'mogelijkheden', leeg: null, waarom: 'free text about the person' },
    { veld: 'vaardigheden', leeg: null, waarom: 'free text about the person' },
    { veld: 'scholing', leeg: null, waarom: 'free text about the person' },
    { veld: 'doel', leeg: null, waarom: 'free text about the person' },
    { veld: 'tussenstappen', leeg: null, waarom: 'free text about the person' },
  ],
  leerlijn_stap: [
    // The export leaves it out unless asked: "it may describe health or debts".
    { veld: 'resultaat', leeg: null, waarom: 'free-text note on how the step went' },
  ],
  ladder_meting: [{ veld: 'toelichting', leeg: null, waarom: 'free-text note about the person' }],
  uitstroom: [{ veld: 'toelichting', leeg: null, waarom: 'free-text note about the person' }],
  terugval: [
    // NOT NULL in the schema: the copy holds '' (the row and its date still count as a fallback).
    { veld: 'reden', leeg: '', waarom: 'why the person fell back: health, debts, family' },
    { veld: 'volgende_stap', leeg: null, waarom: 'free-text plan for the person' },
  ],
};

/**
 * Tables the copy holds no row of. A barrier's kind (debts, medical, social…) is itself sensitive,
 * and its columns cannot be blanked (NOT NULL with a fixed list); no figure counts barriers, and
 * the candidate export leaves them out unless asked.
 */
export const WEGGELATEN_TABELLEN: readonly string[] = ['kandidaat_belemmering'];

/** Whether a field (or, for a withheld table, any field but its tombstone) is withheld. */
export function isWeggelaten(tabel: string, veld: string): boolean {
  if (WEGGELATEN_TABELLEN.includes(tabel)) return veld !== GRAFSTEEN;
  return WEGGELATEN_VELDEN[tabel]?.some((w) => w.veld === veld) ?? false;
}

/** The blank a withheld field has in a copy. */
export function leegVoor(tabel: string, veld: string): Waarde {
  return WEGGELATEN_VELDEN[tabel]?.find((w) => w.veld === veld)?.leeg ?? null;
}

/** Tables holding a withheld field or withheld rows: the candidate's records. */
const METGEGEVENS = new Set([...Object.keys(WEGGELATEN_VELDEN), ...WEGGELATEN_TABELLEN]);

/** Which copies of a merge are partial (made without personal data). */
export interface Gedeeltelijk {
  lokaal: boolean;
  ander: boolean;
}

/**
 * The other copy's changes as a merge may take them, so that a partial copy neither blanks nor
 * changes a withheld field of a full one, never raises a conflict on one, and never receives one:
 *
 * - Into a partial copy: no withheld value comes in. For a row it has, the incoming changes of
 *   withheld fields are dropped (its own blank stays); a row new to it gets the blank under the
 *   same change id; rows of a withheld table do not come in (their tombstones do).
 * - From a partial copy into a full one: its changes of withheld fields are dropped (for a row the
 *   full copy has, they are blanks or what it never held). A candidate's row the full copy does not
 *   have cannot have been made in the partial copy (the app refuses that there): it came from
 *   another full copy, which brings it whole; through the partial copy it would arrive blank, so
 *   it does not come that way. Its tombstone still does.
 *
 * Between two full copies nothing changes.
 */
export function alsBinnenkomend(
  lokaal: Wijzigingsset,
  ander: Wijzigingsset,
  gedeeltelijk: Gedeeltelijk,
): Wijzigingsset {
  if (!gedeeltelijk.lokaal && !gedeeltelijk.ander) return ander;
  const bekend = new Set(lokaal.wijzigingen.map(rijSleutel));
  const wijzigingen: Wijziging[] = [];
  for (const w of ander.wijzigingen) {
    if (w.veld === GRAFSTEEN) {
      wijzigingen.push(w);
      continue;
    }
    const heeft = bekend.has(rijSleutel(w));
    if (gedeeltelijk.lokaal) {
      if (WEGGELATEN_TABELLEN.includes(w.tabel)) continue;
      if (!isWeggelaten(w.tabel, w.veld)) wijzigingen.push(w);
      else if (!heeft) wijzigingen.push({ ...w, waarde: leegVoor(w.tabel, w.veld) });
      continue;
    }
    if (!heeft && METGEGEVENS.has(w.tabel)) continue;
    if (!isWeggelaten(w.tabel, w.veld)) wijzigingen.push(w);
  }
  return { ...ander, wijzigingen };
}
