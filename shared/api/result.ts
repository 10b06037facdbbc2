/**
 * The envelope every IPC answer travels in. Errors are values, never thrown across the
 * process boundary, so the renderer always gets a Dutch message it can show.
 */
export type ErrorCode =
  | 'ONGELDIGE_INVOER'
  | 'ONBEKEND_KANAAL'
  | 'GEEN_BESTAND_OPEN'
  | 'BESTAND_NIET_GEVONDEN'
  | 'BESTAND_BESCHADIGD'
  | 'BESTAND_TE_NIEUW'
  | 'GEEN_TAFELWERK_BESTAND'
  | 'BESTAND_IN_GEBRUIK'
  | 'OPSLAAN_MISLUKT'
  | 'NIET_GEVONDEN'
  | 'WACHTWOORD_NODIG'
  | 'WACHTWOORD_ONJUIST'
  | 'TE_VEEL_POGINGEN'
  | 'SCHEMA_ONVERWACHT'
  | 'WISSEN_MISLUKT'
  | 'SAMENVOEGEN_MISLUKT'
  | 'ANDERE_WERKGROEP'
  | 'ALLEEN_LEZEN'
  | 'ZONDER_PERSOONSGEGEVENS'
  | 'INTERNE_FOUT';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
