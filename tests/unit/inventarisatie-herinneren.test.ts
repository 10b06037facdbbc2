import { describe, expect, test } from 'vitest';
import type { Deelname } from '../../shared/domain/inventarisatie';
import {
  herinneringTekst,
  kopieerTekst,
  mailtoUrl,
  nogGeenAntwoord,
  rondeFase,
} from '../../shared/domain/inventarisatie-herinneren';

const deelname = (over: Partial<Deelname> = {}): Deelname => ({
  organisatieId: 'o1',
  organisatie: 'Stichting Duinzicht (fictief)',
  status: 'uitgezet',
  formulierGemaaktOp: null,
  verstuurdOp: null,
  ontvangenOp: null,
  ...over,
});

describe('rondeFase', () => {
  test('a round nobody got a form for yet is a concept', () => {
    expect(rondeFase({ deelnames: [deelname(), deelname({ organisatieId: 'o2' })] })).toBe('concept');
    expect(rondeFase({ deelnames: [] })).toBe('concept');
  });

  test('a form made, the round marked as sent, or an answer in makes it uitgezet', () => {
    expect(rondeFase({ deelnames: [deelname(), deelname({ formulierGemaaktOp: '2026-03-02' })] })).toBe(
      'uitgezet',
    );
    expect(rondeFase({ deelnames: [deelname({ verstuurdOp: '2026-03-03' })] })).toBe('uitgezet');
    expect(rondeFase({ deelnames: [deelname({ status: 'ontvangen', ontvangenOp: '2026-03-09' })] })).toBe(
      'uitgezet',
    );
  });

  test('only organisations still at uitgezet are to be reminded', () => {
    const d = [
      deelname({ organisatieId: 'a', status: 'ontvangen' }),
      deelname({ organisatieId: 'b' }),
      deelname({ organisatieId: 'c', status: 'besproken' }),
    ];
    expect(nogGeenAntwoord({ deelnames: d }).map((x) => x.organisatieId)).toEqual(['b']);
  });
});

const h = herinneringTekst(
  { naam: 'Inventarisatie voorjaar & zomer', deadline: '2026-04-28' },
  'Zorg Oosterschelde',
);

describe('herinneringTekst', () => {
  test('names the round, the deadline (Dutch date) and the werkgroep, and addresses the reader as u', () => {
    expect(h.onderwerp).toBe('Herinnering: Inventarisatie voorjaar & zomer');
    expect(h.tekst).toContain('"Inventarisatie voorjaar & zomer"');
    expect(h.tekst).toContain('uiterlijk 28-04-2026');
    expect(h.tekst).toContain('Werkgroep Zorg Oosterschelde');
    expect(h.tekst).toMatch(/\bu\b/);
    expect(h.tekst).not.toMatch(/\b(je|jij|jouw)\b/i);
  });

  test('a werkgroep whose name starts with "Werkgroep" is not called "werkgroep Werkgroep"', () => {
    const t = herinneringTekst({ naam: 'R', deadline: null }, 'Werkgroep SROI Noord').tekst;
    expect(t).not.toMatch(/werkgroep werkgroep/i);
    expect(t).toContain('stuurde Werkgroep SROI Noord u');
    expect(t.endsWith('\nWerkgroep SROI Noord')).toBe(true);
  });

  test('without a deadline it asks for an answer as soon as possible', () => {
    const zonder = herinneringTekst({ naam: 'Ronde', deadline: null }, 'W');
    expect(zonder.tekst).toContain('zo snel mogelijk');
    expect(zonder.tekst).not.toContain('uiterlijk');
  });
});

/** The query fields of a mailto: URL, decoded as a mail program would. */
const velden = (url: string) => new URL(url).searchParams;

describe('mailtoUrl', () => {
  test('one address goes in "to", with subject and body percent-encoded (spaces, &, é, CRLF)', () => {
    const url = mailtoUrl(['info@duinzicht.example'], h);
    expect(url.startsWith('mailto:info@duinzicht.example?subject=')).toBe(true);
    // No raw space, newline or second "&subject" from the round's name can break the URL.
    expect(url).not.toMatch(/[ \n\r]/);
    expect(url).toContain('%20%26%20zomer');
    expect(url).toContain('%0D%0A');
    expect(velden(url).get('subject')).toBe(h.onderwerp);
    expect(velden(url).get('body')).toBe(h.tekst.replace(/\n/g, '\r\n'));
    expect([...velden(url).keys()]).toEqual(['subject', 'body']);
  });

  test('several addresses go in bcc, so organisations do not see each other', () => {
    const url = mailtoUrl(['a@een.example', 'b@twee.example'], h);
    expect(url.startsWith('mailto:?bcc=a@een.example,b@twee.example&subject=')).toBe(true);
    expect(velden(url).get('bcc')).toBe('a@een.example,b@twee.example');
    // "Aan allen (bcc)" with one address left is still bcc.
    expect(mailtoUrl(['a@een.example'], h, true).startsWith('mailto:?bcc=a@een.example&subject=')).toBe(true);
  });

  test('non-ASCII is UTF-8 percent-encoded', () => {
    const url = mailtoUrl(['x@y.example'], { onderwerp: 'Één ronde', tekst: 'café' });
    expect(url).toContain('subject=%C3%89%C3%A9n%20ronde');
    expect(url).toContain('body=caf%C3%A9');
  });

  test('an "address" that would add a header or a recipient is refused, as is none at all', () => {
    for (const slecht of [
      'a@b.example?cc=x@y.example',
      'a@b.example,c@d.example',
      'a@b.example\nBcc: z@z.example',
      'geen adres',
    ])
      expect(() => mailtoUrl([slecht], h)).toThrow(/geen e-mailadres/);
    expect(() => mailtoUrl([], h)).toThrow(/Geen e-mailadres/);
  });
});

describe('kopieerTekst', () => {
  test('lists the addresses for bcc and the ready text; organisations without an address are left out', () => {
    const tekst = kopieerTekst(
      [
        { organisatieId: 'a', organisatie: 'A', email: 'a@een.example' },
        { organisatieId: 'b', organisatie: 'B', email: null },
        { organisatieId: 'c', organisatie: 'C', email: 'c@drie.example' },
      ],
      h,
    );
    expect(tekst.split('\n').slice(0, 2)).toEqual([
      'Aan (bcc): a@een.example; c@drie.example',
      'Onderwerp: Herinnering: Inventarisatie voorjaar & zomer',
    ]);
    expect(tekst).toContain(h.tekst);
  });
});
