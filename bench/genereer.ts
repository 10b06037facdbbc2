import { promises as fs } from 'node:fs';
import type { Database, SqlValue, Statement } from 'sql.js';
import { vulVoorbeeld } from '../electron/main/services/voorbeeld';
import { Db } from '../electron/main/store/database';
import { migrate } from '../electron/main/store/migrate';
import { loadSqlJs } from '../electron/main/store/sqljs';
import type { AntwoordWaarde, Vraag } from '../shared/domain/inventarisatie';
import { alleVragen } from '../shared/domain/inventarisatie-antwoorden';

/**
 * Deterministic test werkgroepen for the benchmarks. "klein" is the bundled voorbeeldwerkgroep;
 * "middel" and "groot" are the voorbeeldwerkgroep plus a region's worth of invented data
 * (no real persons: candidates have only a pseudonym code), inserted in one transaction with
 * prepared statements. "middel" is 1/10 of "groot".
 */
export type Grootte = 'klein' | 'middel' | 'groot';

export interface Aantallen {
  kandidaten: number;
  stappen: number;
  metingen: number;
  organisaties: number;
  contracten: number;
  rondes: number;
  bijeenkomsten: number;
  acties: number;
  besluiten: number;
  groepen: number;
}

export const GROOT: Aantallen = {
  kandidaten: 10_000,
  stappen: 100_000,
  metingen: 50_000,
  organisaties: 1_000,
  contracten: 300,
  rondes: 40,
  bijeenkomsten: 500,
  acties: 5_000,
  besluiten: 2_000,
  groepen: 200,
};

/** Scales the large counts (at least 1 of each; 40 rounds stay at least 2). */
export function geschaald(factor: number): Aantallen {
  const s = (n: number, min = 1) => Math.max(min, Math.round(n * factor));
  return {
    kandidaten: s(GROOT.kandidaten),
    stappen: s(GROOT.stappen),
    metingen: s(GROOT.metingen),
    organisaties: s(GROOT.organisaties, 20),
    contracten: s(GROOT.contracten),
    rondes: s(GROOT.rondes, 2),
    bijeenkomsten: s(GROOT.bijeenkomsten),
    acties: s(GROOT.acties),
    besluiten: s(GROOT.besluiten),
    groepen: s(GROOT.groepen, 2),
  };
}

export const AANTALLEN: Record<Exclude<Grootte, 'klein'>, Aantallen> = {
  middel: geschaald(0.1),
  groot: GROOT,
};

/** The fixed "today" of every generated file, so dashboards and periods are reproducible. */
export const VANDAAG = '2025-11-15';
export const PERIODE = { van: '2025-01-01', tot: '2025-12-31' };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODE_TEKENS = 'ACDEFGHJKLMNPQRTUVWXY34679';
const STAM = [
  'Noord',
  'Zuid',
  'Duin',
  'Polder',
  'Kreek',
  'Schor',
  'Dijk',
  'Haven',
  'Veer',
  'Zand',
  'Klif',
  'Golf',
];
const SOORTEN = [
  'zorgaanbieder',
  'werkgever',
  'werkbedrijf',
  'onderwijs',
  'vrijwilligersorganisatie',
  'overig',
];
const UITKERING = [
  'participatiewet_kort',
  'participatiewet_lang',
  'ww',
  'wia_wao',
  'wajong',
  'doelgroepregister',
];
const UITSTROOM = [
  'regulier_werk',
  'beschut_werk',
  'banenafspraak',
  'opleiding',
  'vrijwilligerswerk',
  'uitgevallen',
];
const BIJEENKOMST = [
  'werkgroep',
  'werkgroep',
  'werkgroep',
  'fysieke_overlegtafel',
  'terugkoppeling',
  'evaluatie',
];

/** Fills `db` (already holding the voorbeeldwerkgroep) with the bulk of a region, deterministically. */
export function vulRegio(db: Db, raw: Database, a: Aantallen, seed = 1): void {
  const rnd = mulberry32(seed);
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(rnd() * lijst.length)] as T;
  const tussen = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  let teller = 0;
  // Sortable, unique, deterministic ids in the shape of a UUID.
  const nieuwId = () => {
    teller++;
    const h = teller.toString(16).padStart(16, '0');
    const r = Math.floor(rnd() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(12, 15)}-8${r.slice(0, 3)}-${r.slice(3, 8)}${h.slice(15)}000000`;
  };
  const BEGIN = Date.UTC(2022, 0, 1);
  const DAG = 86_400_000;
  const datum = (dagen: number) => new Date(BEGIN + dagen * DAG).toISOString().slice(0, 10);
  const stempel = (dagen: number) => `${datum(dagen)}T09:00:00.000Z`;
  const SPAN = 4 * 365; // ~4 years of history

  const stmts: Statement[] = [];
  const prep = (tabel: string, kolommen: string[]) => {
    const alle = [...kolommen, 'created_at', 'updated_at'];
    const stmt = raw.prepare(
      `INSERT INTO ${tabel} (${alle.join(', ')}) VALUES (${alle.map(() => '?').join(', ')})`,
    );
    stmts.push(stmt);
    return (waarden: SqlValue[], dag: number) => {
      const s = stempel(dag);
      stmt.run([...waarden, s, s]);
    };
  };

  db.transaction(() => {
    const gemeenten = db
      .all<{ id: string }>(`SELECT id FROM organisatie WHERE soort = 'gemeente' ORDER BY naam`)
      .map((g) => g.id);
    const opties = db
      .all<{ id: string; code: string }>('SELECT id, code FROM menukaart_optie WHERE deleted_at IS NULL')
      .map((o) => o);
    const betaald = opties.find((o) => o.code === 'betaalde_baan')?.id ?? opties[0]?.id ?? '';

    // Organisations: the region's gemeenten exist already; the rest are providers and employers.
    const org = prep('organisatie', [
      'id',
      'naam',
      'soort',
      'contactpersoon',
      'email',
      'jaaromzet_cent',
      'fte',
    ]);
    const werkgebied = prep('organisatie_gemeente', ['id', 'organisatie_id', 'gemeente_id']);
    const organisaties: string[] = [];
    const bestaand = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM organisatie')?.n ?? 0;
    for (let i = 0; i < a.organisaties - bestaand; i++) {
      const id = nieuwId();
      const soort = kies(SOORTEN);
      org(
        [
          id,
          `${kies(STAM)}${kies(STAM).toLowerCase()} ${soort === 'werkgever' ? 'BV' : 'Stichting'} ${i + 1} (fictief)`,
          soort,
          `${kies(CODE_TEKENS.split(''))}. Contact`,
          `info${i}@voorbeeld.example`,
          rnd() < 0.7 ? tussen(10, 5000) * 100_000 : null,
          rnd() < 0.7 ? tussen(2, 400) : null,
        ],
        tussen(0, 200),
      );
      for (const g of new Set([kies(gemeenten), kies(gemeenten)])) werkgebied([nieuwId(), id, g], 0);
      organisaties.push(id);
    }

    // Groups of candidates.
    const groep = prep('groep', ['id', 'naam', 'startdatum', 'einddatum', 'terugkoppeldatum']);
    const groepOrg = prep('groep_organisatie', ['id', 'groep_id', 'organisatie_id']);
    const groepen: string[] = [];
    for (let i = 0; i < a.groepen; i++) {
      const id = nieuwId();
      const start = Math.floor((i / a.groepen) * SPAN);
      groep([id, `Regiogroep ${i + 1}`, datum(start), datum(start + 365), datum(start + 180)], start);
      for (const o of new Set([kies(organisaties), kies(organisaties), kies(organisaties)]))
        groepOrg([nieuwId(), id, o], start);
      groepen.push(id);
    }

    // Candidates with a persoonlijk plan, leerlijn steps, ladder measurements and outcomes.
    const kandidaat = prep('kandidaat', [
      'id',
      'code',
      'gemeente_id',
      'groep_id',
      'startdatum',
      'status',
      'uitkering',
      'begeleider_organisatie_id',
      'einddatum',
    ]);
    const plan = prep('kandidaat_plan', ['id', 'kandidaat_id', 'wensen', 'doel', 'vaste_begeleider_helpt']);
    const stap = prep('leerlijn_stap', [
      'id',
      'kandidaat_id',
      'volgorde',
      'menukaart_optie_id',
      'organisatie_id',
      'gepland_start',
      'gepland_eind',
      'start',
      'eind',
      'uren_per_week',
      'status',
    ]);
    const realisatie = prep('realisatie', [
      'id',
      'opdrachtnemer_id',
      'menukaart_optie_id',
      'datum',
      'omschrijving',
      'doelgroep',
      'uren',
      'waarde_cent',
      'uitleg',
      'bron',
      'bron_id',
    ]);
    const meting = prep('ladder_meting', ['id', 'kandidaat_id', 'datum', 'trede']);
    const uitstroom = prep('uitstroom', ['id', 'kandidaat_id', 'soort', 'datum', 'na_6_maanden']);
    const terugval = prep('terugval', ['id', 'kandidaat_id', 'datum', 'reden']);
    const codes = new Set(db.all<{ code: string }>('SELECT code FROM kandidaat').map((k) => k.code));
    const nieuweCode = () => {
      for (;;) {
        let code = 'K-';
        for (let i = 0; i < 5; i++) code += kies(CODE_TEKENS.split(''));
        if (!codes.has(code)) {
          codes.add(code);
          return code;
        }
      }
    };
    let stappenOver = a.stappen;
    let metingenOver = a.metingen;
    for (let i = 0; i < a.kandidaten; i++) {
      const id = nieuwId();
      const g = Math.floor((i / a.kandidaten) * groepen.length);
      const start = Math.min(SPAN - 30, Math.floor((g / groepen.length) * SPAN) + tussen(0, 60));
      const over = a.kandidaten - i;
      const nStappen = Math.round(stappenOver / over);
      const nMetingen = Math.round(metingenOver / over);
      stappenOver -= nStappen;
      metingenOver -= nMetingen;
      const klaar = rnd() < 0.25 && start < SPAN - 400;
      const eind = klaar ? start + tussen(300, 700) : null;
      kandidaat(
        [
          id,
          nieuweCode(),
          kies(gemeenten),
          rnd() < 0.9 ? (groepen[g] ?? null) : null,
          datum(start),
          klaar ? 'uitgestroomd' : rnd() < 0.1 ? 'aangemeld' : 'actief',
          kies(UITKERING),
          rnd() < 0.5 ? kies(organisaties) : null,
          eind === null ? null : datum(Math.min(eind, SPAN)),
        ],
        start,
      );
      plan([nieuwId(), id, 'Werken met de handen, buiten.', 'Een betaalde baan binnen twee jaar.', 1], start);
      // Steps follow each other; the ones in the past are done, one runs, the rest are planned.
      let dag = start;
      let lopend = false;
      for (let v = 1; v <= nStappen; v++) {
        const duur = tussen(30, 150);
        const optie = v === nStappen && klaar ? betaald : (kies(opties).id as string);
        const orgId = rnd() < 0.9 ? kies(organisaties) : null;
        const status = dag + duur < SPAN ? 'afgerond' : !lopend && dag < SPAN ? 'lopend' : 'gepland';
        if (status === 'lopend') lopend = true;
        const stapId = nieuwId();
        stap(
          [
            stapId,
            id,
            v,
            optie,
            orgId,
            datum(dag),
            datum(dag + duur),
            status === 'gepland' ? null : datum(dag),
            status === 'afgerond' ? datum(dag + duur) : null,
            tussen(8, 32),
            status,
          ],
          dag,
        );
        if (status === 'afgerond' && orgId && rnd() < 0.25)
          realisatie(
            [
              nieuwId(),
              orgId,
              optie,
              datum(dag + duur),
              'Stap in de leerlijn',
              'participatiewet',
              tussen(100, 900),
              tussen(1000, 25_000) * 100,
              'Gewaardeerd naar de tabel',
              'leerlijn',
              stapId,
            ],
            dag + duur,
          );
        dag += duur;
      }
      let trede = tussen(1, 3);
      for (let m = 0; m < nMetingen; m++) {
        const md = Math.min(SPAN, start + m * tussen(60, 150));
        meting([nieuwId(), id, datum(md), trede], md);
        trede = Math.max(1, Math.min(6, trede + (rnd() < 0.6 ? 1 : rnd() < 0.5 ? 0 : -1)));
      }
      if (eind !== null) {
        uitstroom(
          [nieuwId(), id, kies(UITSTROOM), datum(Math.min(eind, SPAN)), rnd() < 0.7 ? 1 : null],
          eind,
        );
        if (rnd() < 0.1) terugval([nieuwId(), id, datum(Math.min(eind + 90, SPAN)), 'Werk viel weg'], eind);
      }
    }

    // Contracts with their commissioning gemeenten.
    const contract = prep('contract', [
      'id',
      'naam',
      'opdrachtnemer_id',
      'startdatum',
      'einddatum',
      'waarde_cent',
      'sroi_percentage_bp',
      'sroi_vast_cent',
      'gebundeld',
    ]);
    const opdrachtgever = prep('contract_opdrachtgever', [
      'id',
      'contract_id',
      'gemeente_id',
      'aandeel_cent',
    ]);
    for (let i = 0; i < a.contracten; i++) {
      const id = nieuwId();
      const start = tussen(0, SPAN - 200);
      const waarde = tussen(50, 20_000) * 1_000_00;
      const vast = rnd() < 0.2;
      contract(
        [
          id,
          `Contract ${i + 1}`,
          kies(organisaties),
          datum(start),
          datum(start + tussen(365, 1460)),
          waarde,
          vast ? null : tussen(100, 500),
          vast ? tussen(10, 500) * 1_000_00 : null,
          rnd() < 0.3 ? 1 : 0,
        ],
        start,
      );
      for (const g of new Set([kies(gemeenten), kies(gemeenten), kies(gemeenten)]))
        opdrachtgever([nieuwId(), id, g, null], start);
    }

    // Inventarisatie rounds, each to ~100 organisations, most of which answered every question.
    const sjabloon = db.get<{ id: string; secties_json: string }>(
      'SELECT id, secties_json FROM formulier_sjabloon WHERE deleted_at IS NULL ORDER BY versie DESC LIMIT 1',
    );
    const vragen = sjabloon ? alleVragen(JSON.parse(sjabloon.secties_json)) : [];
    const ronde = prep('inventarisatie_ronde', ['id', 'naam', 'sjabloon_id', 'deadline']);
    const deelname = prep('ronde_deelname', ['id', 'ronde_id', 'organisatie_id', 'status', 'ontvangen_op']);
    const antwoord = prep('inventarisatie_antwoord', [
      'id',
      'ronde_id',
      'organisatie_id',
      'sleutel',
      'waarde_json',
    ]);
    const perRonde = Math.min(100, organisaties.length);
    for (let i = 0; i < a.rondes && sjabloon; i++) {
      const id = nieuwId();
      // The one-but-newest round was just sent (the forms import answers it); the newest is the
      // dashboard's and the FO-pakket's.
      const laatste = i === a.rondes - 2;
      const dag = Math.floor(((i + 1) / a.rondes) * (SPAN - 30));
      ronde([id, `Regioronde ${i + 1}`, sjabloon.id, datum(dag + 30)], dag);
      const start = tussen(0, organisaties.length - perRonde);
      for (const o of organisaties.slice(start, start + perRonde)) {
        const beantwoord = !laatste && rnd() < 0.75;
        deelname(
          [nieuwId(), id, o, beantwoord ? 'ontvangen' : 'uitgezet', beantwoord ? datum(dag + 20) : null],
          dag,
        );
        if (!beantwoord) continue;
        for (const v of vragen)
          antwoord([nieuwId(), id, o, v.sleutel, JSON.stringify(antwoordOp(v, rnd))], dag + 20);
      }
    }

    // The voorbeeld's own round was made "now": date it back so the region's rounds are newest.
    db.run(`UPDATE inventarisatie_ronde SET created_at = ? WHERE created_at > ?`, [
      stempel(0),
      stempel(SPAN),
    ]);

    // Meetings with agenda and attendees, the besluitenlijst and the actielijst.
    const bijeenkomst = prep('bijeenkomst', ['id', 'soort', 'datum', 'tijd', 'plaats']);
    const agendapunt = prep('agendapunt', ['id', 'bijeenkomst_id', 'volgnummer', 'titel']);
    const aanwezige = prep('aanwezige', ['id', 'bijeenkomst_id', 'naam', 'rol', 'aanwezig', 'volgorde']);
    const besluit = prep('besluit', ['id', 'bijeenkomst_id', 'nummer', 'tekst']);
    const actie = prep('actiepunt', [
      'id',
      'bijeenkomst_id',
      'omschrijving',
      'eigenaar',
      'deadline',
      'status',
    ]);
    const bijeenkomsten: { id: string; dag: number }[] = [];
    for (let i = 0; i < a.bijeenkomsten; i++) {
      const id = nieuwId();
      const dag = Math.floor((i / a.bijeenkomsten) * (SPAN + 60));
      bijeenkomst([id, kies(BIJEENKOMST), datum(dag), '13:30', 'Gemeentehuis'], dag);
      for (let p = 1; p <= 5; p++) agendapunt([nieuwId(), id, p, `Agendapunt ${p}`], dag);
      for (let p = 1; p <= 6; p++)
        aanwezige([nieuwId(), id, `Deelnemer ${p}`, 'lid', rnd() < 0.85 ? 1 : 0, p], dag);
      bijeenkomsten.push({ id, dag });
    }
    const hoogste = db.get<{ n: number | null }>('SELECT MAX(nummer) AS n FROM besluit')?.n ?? 0;
    for (let i = 0; i < a.besluiten; i++) {
      const b = bijeenkomsten[Math.floor((i / a.besluiten) * bijeenkomsten.length)];
      if (b) besluit([nieuwId(), b.id, hoogste + i + 1, `Besluit over onderwerp ${i + 1}`], b.dag);
    }
    for (let i = 0; i < a.acties; i++) {
      const b = bijeenkomsten[Math.floor((i / a.acties) * bijeenkomsten.length)];
      if (!b) continue;
      const deadline = b.dag + tussen(14, 90);
      actie(
        [
          nieuwId(),
          b.id,
          `Actie ${i + 1}: uitzoeken en terugkoppelen`,
          `Lid ${tussen(1, 12)}`,
          datum(deadline),
          deadline > SPAN - 120 ? (rnd() < 0.7 ? 'open' : 'klaar') : rnd() < 0.1 ? 'open' : 'klaar',
        ],
        b.dag,
      );
    }
  });
  for (const s of stmts) s.free();
}

function antwoordOp(v: Vraag, rnd: () => number): AntwoordWaarde {
  switch (v.soort) {
    case 'janee':
      return { soort: 'janee', ja: rnd() < 0.5 };
    case 'getal':
      return { soort: 'getal', getal: Math.floor(rnd() * 20) };
    case 'enkelkeuze':
      return { soort: 'enkelkeuze', keuze: v.keuzes[0] ?? '' };
    case 'meerkeuze':
      return { soort: 'meerkeuze', keuzes: v.keuzes.slice(0, 1) };
    case 'aanbod':
      return {
        soort: 'aanbod',
        aanbod: v.opties
          .filter(() => rnd() < 0.4)
          .map((o) => ({ code: o.code, plaatsen: rnd() < 0.8 ? 1 + Math.floor(rnd() * 6) : null })),
      };
    default:
      return { soort: 'open', tekst: 'Wij bieden begeleiding op de werkvloer en een vaste contactpersoon.' };
  }
}

/** A migrated database with the voorbeeldwerkgroep, plus the region's bulk for middel/groot. */
export async function maakWerkgroepDb(grootte: Grootte | Aantallen, seed = 1): Promise<Db> {
  const SQL = await loadSqlJs();
  const raw = new SQL.Database();
  const db = new Db(raw);
  migrate(db);
  db.transaction(() => vulVoorbeeld(db, new Date(`${VANDAAG}T12:00:00Z`)));
  if (grootte !== 'klein')
    vulRegio(db, raw, typeof grootte === 'string' ? AANTALLEN[grootte] : grootte, seed);
  return db;
}

/** Writes a werkgroep file of the given size (for this and the renderer benchmarks). */
export async function maakWerkgroepBestand(pad: string, grootte: Grootte, seed = 1): Promise<void> {
  const db = await maakWerkgroepDb(grootte, seed);
  try {
    await fs.writeFile(pad, db.export());
  } finally {
    db.close();
  }
}
