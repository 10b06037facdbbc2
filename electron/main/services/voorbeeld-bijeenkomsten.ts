import type { Db } from '../store/database';
import { saveAanwezigen, saveAgenda } from '../store/repositories/bijeenkomsten';

/**
 * Three past meetings of the example werkgroep with agendas, attendees, decisions and actions;
 * one action is overdue (and was postponed once) so the actielijst shows what that looks like. Two
 * besluiten have an action and concern a planning activity, so a new user sees the chain besluit →
 * actie → planning (issue #21); the planning must be filled first. `day(maanden, dag)` gives a
 * date relative to today.
 */
export function vulVoorbeeldBijeenkomsten(db: Db, day: (maanden: number, dag?: number) => string): void {
  const bijeenkomst = (soort: string, offset: number, plaats: string) =>
    db.insert('bijeenkomst', { soort, datum: day(offset, 10), tijd: '14:00', plaats });
  const b1 = bijeenkomst('werkgroep', -7, 'Gemeentehuis Goes');
  const b2 = bijeenkomst('startbijeenkomst', -6, 'Het Ankerpunt, Kapelle');
  const b3 = bijeenkomst('werkgroep', -1, 'Gemeentehuis Zierikzee');
  const agenda = (b: string, punten: [string, string | null][]) =>
    saveAgenda(
      db,
      b,
      punten.map(([titel, notitie]) => ({ titel, notitie })),
    );
  agenda(b1, [
    ['Opening en mededelingen', null],
    ['Uitkomsten inventarisatie', 'Vijf zorgaanbieders bieden samen ruim twintig plaatsen aan.'],
    ['Indeling groep 1', 'Vijf kandidaten uit Goes, Kapelle en Reimerswaal.'],
    ['Rondvraag', null],
  ]);
  agenda(b3, [
    ['Opening en mededelingen', null],
    ['Actielijst', 'Het inventarisatieformulier is verstuurd en grotendeels terug.'],
    ['Voortgang groep 1', 'Twee kandidaten zijn een trede gestegen; één is uitgestroomd naar werk.'],
    ['Planning groep 2', 'Groep 2 loopt vertraging op: er zijn te weinig werkervaringsplaatsen.'],
    ['Rondvraag en sluiting', null],
  ]);
  // Invented members in their working role; never candidates.
  const leden: [string, string, boolean][] = [
    ['Mirte Zandvoort', 'Gemeente Goes, voorzitter', true],
    ['Ruben Kreekrak', 'secretaris', true],
    ['Sanne Oesterdijk', 'Zorggroep De Schelpenbank', true],
    ['Daan Getijde', 'Werkbedrijf Scheldewerk', false],
  ];
  for (const b of [b1, b3])
    saveAanwezigen(
      db,
      b,
      leden.map(([naam, rol, aanwezig]) => ({ naam, rol, aanwezig })),
    );
  const activiteit = (titel: string) => {
    const rij = db.get<{ id: string }>('SELECT id FROM planning_activiteit WHERE titel = ?', [titel]);
    if (!rij) throw new Error(`Het voorbeeld mist de activiteit "${titel}" in de planning.`);
    return rij.id;
  };
  const inventarisatie = activiteit('Inventarisatie bij zorgaanbieders');
  const groep2 = activiteit('Groep 2');
  const besluit1 = db.insert('besluit', {
    bijeenkomst_id: b1,
    nummer: 1,
    tekst: 'We starten met vijf kandidaten en vijf zorgaanbieders.',
    activiteit_id: inventarisatie,
  });
  db.insert('besluit', {
    bijeenkomst_id: b2,
    nummer: 2,
    tekst: 'Iedere kandidaat krijgt een vaste begeleider.',
    activiteit_id: activiteit('Groep 1'),
  });
  const besluit3 = db.insert('besluit', {
    bijeenkomst_id: b3,
    nummer: 3,
    tekst: 'Groep 2 start pas als er voor iedere kandidaat een werkervaringsplaats is.',
    activiteit_id: groep2,
  });
  db.insert('actiepunt', {
    bijeenkomst_id: b1,
    omschrijving: 'Inventarisatieformulier versturen',
    eigenaar: 'Secretaris',
    deadline: day(-7, 24),
    status: 'klaar',
    besluit_id: besluit1,
    activiteit_id: inventarisatie,
  });
  db.insert('actiepunt', {
    bijeenkomst_id: b3,
    besluit_id: besluit3,
    activiteit_id: groep2,
    omschrijving: 'Werkervaringsplaatsen voor groep 2 zoeken',
    eigenaar: 'Zorggroep De Schelpenbank',
    deadline: day(0, 1),
    status: 'open',
    // Already moved once: the actielijst shows what a slipping action looks like.
    keer_uitgesteld: 1,
  });
  db.insert('actiepunt', {
    bijeenkomst_id: b3,
    omschrijving: 'Evaluatie voorbereiden voor de FO',
    eigenaar: 'Voorzitter',
    deadline: day(2, 1),
    status: 'open',
  });
}
