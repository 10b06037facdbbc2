/**
 * The audit log: who did what to which kind of record, and whether it worked. It names records by
 * id and kind only, never a person or free text, so it can be shown and kept without privacy risk.
 */
export const AUDIT_ACTIES = [
  'aanmaken',
  'wijzigen',
  'verwijderen',
  'importeren',
  'exporteren',
  'wissen',
  'herstellen',
  'ontgrendelen',
  'ontgrendelen_mislukt',
  'vergrendelen',
  'beveiligen',
] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];
export const AUDIT_ACTIE_LABEL: Record<AuditActie, string> = {
  aanmaken: 'Aangemaakt',
  wijzigen: 'Gewijzigd',
  verwijderen: 'Verwijderd',
  importeren: 'Ingelezen',
  exporteren: 'Geëxporteerd',
  wissen: 'Gewist (AVG)',
  herstellen: 'Hersteld uit reservekopie',
  ontgrendelen: 'Ontgrendeld',
  ontgrendelen_mislukt: 'Ontgrendelen mislukt',
  vergrendelen: 'Vergrendeld',
  beveiligen: 'Beveiliging gewijzigd',
};

export interface LogRegel {
  id: string;
  tijd: string;
  actor: string;
  actie: AuditActie;
  /** The kind of record, e.g. "kandidaat", "bijeenkomst", "export". */
  soort: string;
  objectId: string | null;
  resultaat: 'gelukt' | 'mislukt';
  omschrijving: string;
  /** The description with the record named in words ("Organisatie ‘Zorggroep X’ gewijzigd"). */
  wat: string;
}

/** The action a change description stands for, so every existing write is logged with one. */
export function actieUit(omschrijving: string): AuditActie {
  const o = omschrijving.toLowerCase();
  if (o.includes('(avg)')) return 'wissen';
  if (/\bverwijderd\b/.test(o)) return 'verwijderen';
  if (/\bingelezen\b|\bovergenomen\b/.test(o)) return 'importeren';
  if (/\b(toegevoegd|vastgelegd|gemaakt|aangemaakt|nieuwe versie|gestart)\b/.test(o)) return 'aanmaken';
  return 'wijzigen';
}
