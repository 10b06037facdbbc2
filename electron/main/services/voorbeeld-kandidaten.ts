import type {
  BelemmeringSoort,
  BelemmeringStatus,
  KandidaatGegevens,
  StapStatus,
  Trede,
  UitstroomSoort,
} from '../../../shared/domain/kandidaten';
import type { Db } from '../store/database';
import { saveGroep } from '../store/repositories/groepen';
import { savePlan } from '../store/repositories/plan';
import { saveMeting, saveTerugval, saveUitstroom } from '../store/repositories/voortgang';
import { listMenukaart } from '../store/repositories/waardering';
import { saveKandidaat } from './kandidaten';
import { saveStap } from './leerlijn';

export interface VoorbeeldOrganisaties {
  schelpenbank: string;
  duinroos: string;
  zeeuwseGolf: string;
  ankerpunt: string;
  scheldewerk: string;
}

type Stap = [
  code: string,
  org: keyof VoorbeeldOrganisaties,
  van: string,
  tot: string | null,
  uren: number,
  status: StapStatus,
];

interface Persoon {
  naam: string;
  gemeente: string;
  gegevens: Partial<KandidaatGegevens>;
  plan?: {
    wensen: string;
    eigenWoorden: string;
    doel: string;
    belemmeringen: [BelemmeringSoort, BelemmeringStatus, string | null][];
  };
  stappen: Stap[];
  ladder: [string, Trede, string | null][];
  uitstroom?: [UitstroomSoort, string, string | null];
  terugval?: [string, string, string];
}

/**
 * Two groups of five invented people for the example werkgroep. The surnames are deliberately
 * unreal (Voorbeeld, Verzonnen, Denkbeeld …) so nobody mistakes them for real clients. Steps run
 * across the example organisations; finished steps become SROI realisations through the leerlijn.
 */
export function vulVoorbeeldKandidaten(
  db: Db,
  org: VoorbeeldOrganisaties,
  gemeente: (kort: string) => string,
  dag: (offsetMaanden: number, dag?: number) => string,
): void {
  const optie = (code: string) => listMenukaart(db).find((o) => o.code === code)?.id ?? '';
  const einde = (offset: number) => dag(offset, 28);

  const groep1 = saveGroep(db, {
    naam: 'Groep 1 – voorjaar',
    startdatum: dag(-6, 1),
    terugkoppeldatum: dag(-3, 1),
    organisatieIds: [org.schelpenbank, org.duinroos, org.zeeuwseGolf, org.ankerpunt, org.scheldewerk],
  });
  const groep2 = saveGroep(db, {
    naam: 'Groep 2 – zomer',
    startdatum: dag(-3, 1),
    terugkoppeldatum: dag(1, 1),
    organisatieIds: [org.duinroos, org.zeeuwseGolf, org.ankerpunt, org.scheldewerk],
  });

  const personen: [string, Persoon][] = [
    [
      groep1,
      {
        naam: 'Bram Voorbeeld',
        gemeente: 'Goes',
        gegevens: {
          uitkering: 'participatiewet_lang',
          klantmanager: 'E. Fictief',
          begeleiderNaam: 'M. de Vlieger',
          begeleiderOrganisatieId: org.schelpenbank,
        },
        plan: {
          wensen: 'Werken in de zorg, het liefst met ouderen.',
          eigenWoorden: 'Ik wil weer ergens bij horen en mijn eigen geld verdienen.',
          doel: 'Betaald werk in de zorg',
          belemmeringen: [
            ['schulden', 'mee_bezig', 'Schuldhulp loopt via de gemeente.'],
            ['werkritme', 'opgelost', null],
          ],
        },
        stappen: [
          ['intake', 'scheldewerk', dag(-6, 1), einde(-6), 4, 'afgerond'],
          ['werkervaringsplaats', 'schelpenbank', dag(-5, 1), einde(-3), 24, 'afgerond'],
          ['betaalde_baan', 'schelpenbank', dag(-2, 1), null, 28, 'lopend'],
        ],
        ladder: [
          [dag(-6, 2), 2, 'Nulmeting'],
          [dag(-3, 2), 4, null],
          [dag(-1, 2), 5, 'Proeftijd goed doorgekomen'],
        ],
      },
    ],
    [
      groep1,
      {
        naam: 'Saar Verzonnen',
        gemeente: 'Kapelle',
        gegevens: { uitkering: 'ww', klantmanager: 'R. Bedenksel' },
        plan: {
          wensen: 'Een vak leren met een diploma erbij.',
          eigenWoorden: 'Als ik weet waar ik heen werk, hou ik het vol.',
          doel: 'BBL-opleiding helpende zorg',
          belemmeringen: [
            ['scholing', 'mee_bezig', null],
            ['vervoer', 'opgelost', 'Fiets via de gemeente geregeld.'],
          ],
        },
        stappen: [
          ['intake', 'duinroos', dag(-6, 1), einde(-6), 3, 'afgerond'],
          ['proefplaatsing', 'duinroos', dag(-5, 1), einde(-4), 20, 'afgerond'],
          ['bbl', 'duinroos', dag(-3, 1), null, 32, 'lopend'],
        ],
        ladder: [
          [dag(-6, 2), 3, 'Nulmeting'],
          [dag(-2, 2), 4, null],
        ],
      },
    ],
    [
      groep1,
      {
        naam: 'Henk Denkbeeld',
        gemeente: 'Borsele',
        gegevens: { uitkering: 'wajong', klantmanager: 'E. Fictief' },
        plan: {
          wensen: 'Buiten werken, met de handen.',
          eigenWoorden: 'Binnen zitten is niks voor mij.',
          doel: 'Betaald werk in het groen',
          belemmeringen: [['werkervaring', 'opgelost', null]],
        },
        stappen: [
          ['werkervaringsplaats', 'zeeuwseGolf', dag(-6, 1), einde(-4), 24, 'afgerond'],
          ['betaalde_baan', 'zeeuwseGolf', dag(-3, 1), einde(-2), 30, 'afgerond'],
        ],
        ladder: [
          [dag(-6, 2), 3, 'Nulmeting'],
          [dag(-1, 2), 6, 'Vast in dienst'],
        ],
        uitstroom: ['regulier_werk', dag(-1, 1), 'Contract voor een jaar bij een hovenier.'],
      },
    ],
    [
      groep1,
      {
        naam: 'Priya Proefpersoon',
        gemeente: 'Noord-Beveland',
        gegevens: {
          uitkering: 'participatiewet_kort',
          bonussen: ['statushouder'],
          klantmanager: 'R. Bedenksel',
        },
        plan: {
          wensen: 'In de keuken werken.',
          eigenWoorden: 'Koken is wat ik thuis ook altijd deed.',
          doel: 'Werkervaring in een keuken, daarna betaald',
          belemmeringen: [['taal', 'mee_bezig', 'Taalles twee ochtenden per week.']],
        },
        stappen: [
          ['training', 'scheldewerk', dag(-5, 1), einde(-4), 6, 'afgerond'],
          ['werkervaringsplaats', 'ankerpunt', dag(-3, 1), null, 20, 'lopend'],
        ],
        ladder: [
          [dag(-6, 2), 2, 'Nulmeting'],
          [dag(-2, 2), 3, null],
        ],
      },
    ],
    [
      groep1,
      {
        naam: 'Nico Fictief',
        gemeente: 'Reimerswaal',
        gegevens: {
          uitkering: 'participatiewet_lang',
          bonussen: ['vijfenvijftig_plus'],
          klantmanager: 'E. Fictief',
        },
        plan: {
          wensen: 'Iets nuttigs doen in een rustige omgeving.',
          eigenWoorden: 'Te veel mensen om me heen en ik klap dicht.',
          doel: 'Beschut werk',
          belemmeringen: [
            ['medisch', 'mee_bezig', null],
            ['sociaal', 'open', null],
          ],
        },
        stappen: [
          ['dagbesteding', 'ankerpunt', dag(-6, 1), einde(-5), 16, 'afgerond'],
          ['werkervaringsplaats', 'ankerpunt', dag(-4, 1), einde(-3), 16, 'afgebroken'],
          ['dagbesteding', 'ankerpunt', dag(-2, 1), null, 16, 'lopend'],
        ],
        ladder: [
          [dag(-6, 2), 3, 'Nulmeting'],
          [dag(-4, 2), 4, null],
          [dag(-2, 2), 3, 'Na de terugval'],
        ],
        uitstroom: ['beschut_werk', dag(-3, 1), null],
        terugval: [
          dag(-2, 1),
          'De werkplek gaf te veel prikkels.',
          'Terug naar dagbesteding en rustig ritme opbouwen.',
        ],
      },
    ],
    [
      groep2,
      {
        naam: 'Eva Bedacht',
        gemeente: 'Tholen',
        gegevens: { uitkering: 'ww', klantmanager: 'R. Bedenksel' },
        stappen: [
          ['intake', 'duinroos', dag(-3, 1), einde(-3), 3, 'afgerond'],
          ['werkervaringsplaats', 'duinroos', dag(-2, 1), null, 24, 'lopend'],
        ],
        ladder: [[dag(-3, 2), 3, 'Nulmeting']],
      },
    ],
    [
      groep2,
      {
        naam: 'Youssef Uitgedacht',
        gemeente: 'Schouwen-Duiveland',
        gegevens: { uitkering: 'doelgroepregister', klantmanager: 'E. Fictief' },
        stappen: [
          ['intake', 'zeeuwseGolf', dag(-3, 1), einde(-3), 3, 'afgerond'],
          ['vrijwilligerswerk', 'ankerpunt', dag(-2, 1), null, 12, 'lopend'],
        ],
        ladder: [
          [dag(-3, 2), 2, 'Nulmeting'],
          [dag(-1, 2), 3, null],
        ],
      },
    ],
    [
      groep2,
      {
        naam: 'Dirk Verzinsel',
        gemeente: 'Goes',
        gegevens: { uitkering: 'participatiewet_lang', status: 'aangemeld' },
        stappen: [['intake', 'scheldewerk', dag(0, 28), null, 3, 'gepland']],
        ladder: [[dag(-1, 2), 1, 'Nulmeting']],
      },
    ],
    [
      groep2,
      {
        naam: 'Fenna Fantasie',
        gemeente: 'Kapelle',
        gegevens: { uitkering: 'participatiewet_kort', klantmanager: 'R. Bedenksel' },
        stappen: [
          ['intake', 'duinroos', dag(-3, 1), einde(-3), 3, 'afgerond'],
          ['bbl', 'duinroos', dag(0, 28), null, 32, 'gepland'],
        ],
        ladder: [[dag(-3, 2), 3, 'Nulmeting']],
      },
    ],
    [
      groep2,
      {
        naam: 'Lotte Luchtkasteel',
        gemeente: 'Borsele',
        gegevens: { uitkering: 'wia_wao', bonussen: ['vijftig_plus'], klantmanager: 'E. Fictief' },
        stappen: [
          ['intake', 'zeeuwseGolf', dag(-3, 1), einde(-3), 3, 'afgerond'],
          ['proefplaatsing', 'zeeuwseGolf', dag(-2, 1), einde(-2), 24, 'afgerond'],
        ],
        ladder: [
          [dag(-3, 2), 4, 'Nulmeting'],
          [dag(-1, 2), 5, null],
        ],
        uitstroom: ['loonkostensubsidie', dag(-1, 1), 'Administratief werk met loonkostensubsidie.'],
      },
    ],
  ];

  for (const [groepId, p] of personen) {
    const initialen = p.naam
      .split(' ')
      .map((w) => `${w[0]}.`)
      .join('');
    const id = saveKandidaat(db, {
      naam: p.naam,
      initialen,
      gemeenteId: gemeente(p.gemeente),
      uitkering: null,
      klantmanager: null,
      begeleiderNaam: null,
      begeleiderOrganisatieId: null,
      groepId,
      startdatum: groepId === groep1 ? dag(-6, 1) : dag(-3, 1),
      status: 'actief',
      bonussen: [],
      einddatum: null,
      ...p.gegevens,
    });
    if (p.plan)
      savePlan(db, {
        kandidaatId: id,
        wensen: p.plan.wensen,
        eigenWoorden: p.plan.eigenWoorden,
        belemmeringen: p.plan.belemmeringen.map(([soort, status, toelichting]) => ({
          soort,
          status,
          toelichting,
        })),
        mogelijkheden: null,
        vaardigheden: null,
        scholing: null,
        doel: p.plan.doel,
        tussenstappen: null,
        vasteBegeleiderHelpt: true,
      });
    for (const [code, o, van, tot, uren, status] of p.stappen)
      saveStap(db, {
        kandidaatId: id,
        menukaartOptieId: optie(code),
        organisatieId: org[o],
        geplandStart: van,
        geplandEind: tot,
        start: status === 'gepland' ? null : van,
        eind: status === 'afgerond' || status === 'afgebroken' ? tot : null,
        urenPerWeek: uren,
        status,
        vastContract: false,
        resultaat: null,
      });
    for (const [datum, trede, toelichting] of p.ladder)
      saveMeting(db, { kandidaatId: id, datum, trede, toelichting });
    if (p.uitstroom) {
      const [soort, datum, toelichting] = p.uitstroom;
      saveUitstroom(db, { kandidaatId: id, soort, datum, toelichting, na6Maanden: null, na12Maanden: null });
    }
    if (p.terugval) {
      const [datum, reden, volgendeStap] = p.terugval;
      saveTerugval(db, { kandidaatId: id, datum, reden, volgendeStap });
    }
  }
}
