import { createHmac, timingSafeEqual } from 'node:crypto';
import { celTekst } from './import-lezen';
import type { Celverwijzing } from './inventarisatie-formulier';

/**
 * The MAC on the hidden marker of an inventarisatie form. The marker says which round, template
 * and organisation a returned form answers for, and which cell answers which question; anyone can
 * unhide and edit it in Excel. An HMAC-SHA256 over all of it, under a key only the werkgroep file
 * holds (repositories/formulier-sleutel.ts), makes a form edited to name another organisation, or
 * made by another werkgroep, fail the check instead of storing its answers as someone else's.
 */

/** What the MAC covers: everything in the marker that decides whose answers land where. */
export interface Kenmerkinhoud {
  versie: number;
  rondeId: string;
  sjabloonId: string;
  sjabloonVersie: number;
  organisatieId: string;
  organisatie: string;
  cellen: readonly Celverwijzing[];
}

/**
 * The MAC as hex. Texts are taken the way the reader reads cells back (`celTekst`), so a form that
 * went through Excel unchanged gives the same bytes to check as the ones that were signed.
 */
export function formulierKenmerk(sleutel: Buffer, i: Kenmerkinhoud): string {
  const inhoud = JSON.stringify([
    'tafelwerk-formulier',
    i.versie,
    celTekst(i.rondeId),
    celTekst(i.sjabloonId),
    i.sjabloonVersie,
    celTekst(i.organisatieId),
    celTekst(i.organisatie),
    i.cellen.map((c) => [celTekst(c.sleutel), celTekst(c.deel), celTekst(c.cel), celTekst(c.plaatsen ?? '')]),
  ]);
  return createHmac('sha256', sleutel).update(inhoud, 'utf8').digest('hex');
}

/** Whether `gegeven` is the MAC of this content under this werkgroep's key (in constant time). */
export function kenmerkKlopt(sleutel: Buffer | null, i: Kenmerkinhoud, gegeven: string): boolean {
  if (!sleutel || !/^[0-9a-f]{64}$/.test(gegeven)) return false;
  return timingSafeEqual(Buffer.from(formulierKenmerk(sleutel, i), 'hex'), Buffer.from(gegeven, 'hex'));
}
