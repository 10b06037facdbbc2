import { formatDatum, metSoort } from '../format/nl';
import type { Deelname, Ronde } from './inventarisatie';

/**
 * A round's phase and the reminder to organisations that have not answered. Pure: main builds the
 * mailto: URL with these (the renderer never hands main a URL), the page shows the same text to copy.
 */

export type RondeFase = 'concept' | 'uitgezet';
export const RONDE_FASE_LABEL: Record<RondeFase, string> = { concept: 'Concept', uitgezet: 'Uitgezet' };

/**
 * A round is a concept until something went out: a form was made or the round was marked as sent.
 * An answer counts too (it can only come back from a form that went out, also in files from before
 * these dates were kept).
 */
export function rondeFase(ronde: Pick<Ronde, 'deelnames'>): RondeFase {
  const uit = ronde.deelnames.some(
    (d) => d.formulierGemaaktOp !== null || d.verstuurdOp !== null || d.status !== 'uitgezet',
  );
  return uit ? 'uitgezet' : 'concept';
}

/** Organisations asked in the round that have not answered yet. */
export const nogGeenAntwoord = (ronde: Pick<Ronde, 'deelnames'>): Deelname[] =>
  ronde.deelnames.filter((d) => d.status === 'uitgezet');

/** One organisation on the reminder list, with its contact address (null: none on file). */
export interface TeHerinneren {
  organisatieId: string;
  organisatie: string;
  email: string | null;
}

export interface Herinnering {
  onderwerp: string;
  tekst: string;
}

/**
 * The ready Dutch reminder, naming the round and the deadline. It addresses the organisation, never
 * a person, and names no candidate: the same text goes to everyone in bcc.
 */
export function herinneringTekst(ronde: Pick<Ronde, 'naam' | 'deadline'>, werkgroep: string): Herinnering {
  const termijn = ronde.deadline
    ? `We vragen u het formulier uiterlijk ${formatDatum(ronde.deadline)} terug te sturen.`
    : 'We vragen u het formulier zo snel mogelijk terug te sturen.';
  return {
    onderwerp: `Herinnering: ${ronde.naam}`,
    tekst: [
      'Geachte heer, mevrouw,',
      '',
      `Enige tijd geleden stuurde ${metSoort('werkgroep', werkgroep)} u het formulier voor de inventarisatieronde "${ronde.naam}". We hebben uw antwoord nog niet ontvangen.`,
      termijn,
      'Heeft u het formulier niet meer? Laat het ons weten, dan sturen we het opnieuw.',
      '',
      'Met vriendelijke groet,',
      '',
      metSoort('Werkgroep', werkgroep),
    ].join('\n'),
  };
}

// Deliberately plain: an address that could carry a header (?, &, newline) or a second address is not one.
const EMAIL = /^[^\s@,;?&<>"']+@[^\s@,;?&<>"']+\.[^\s@,;?&<>"']+$/;
export const isMailadres = (email: string): boolean => EMAIL.test(email);

/** RFC 6068: percent-encoded UTF-8, line breaks as CRLF; "@" may stay as it is in an address. */
const codeer = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
const codeerAdres = (a: string) => encodeURIComponent(a).replace(/%40/g, '@');

/**
 * A mailto: URL: to one organisation in "to"; to all of them in "bcc", so organisations do not see
 * each other's addresses. Throws on an address that is not one, so nothing else can slip into the URL.
 */
export function mailtoUrl(adressen: string[], h: Herinnering, bcc = adressen.length > 1): string {
  if (adressen.length === 0) throw new Error('Geen e-mailadres om naar te mailen.');
  const fout = adressen.find((a) => !isMailadres(a));
  if (fout !== undefined) throw new Error(`"${fout}" is geen e-mailadres.`);
  const lijst = adressen.map(codeerAdres).join(',');
  const velden = `subject=${codeer(h.onderwerp)}&body=${codeer(h.tekst)}`;
  return bcc ? `mailto:?bcc=${lijst}&${velden}` : `mailto:${lijst}?${velden}`;
}

/** For "Tekst kopiëren": the addresses (for the bcc line), then the subject and the text. */
export function kopieerTekst(ontvangers: TeHerinneren[], h: Herinnering): string {
  const adressen = ontvangers.flatMap((o) => (o.email ? [o.email] : []));
  return [`Aan (bcc): ${adressen.join('; ')}`, `Onderwerp: ${h.onderwerp}`, '', h.tekst].join('\n');
}
