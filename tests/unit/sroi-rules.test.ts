import { describe, expect, test } from 'vitest';
import {
  overlapDagen,
  percentageOnredelijk,
  totaleVerplichting,
  verdeelNaarRato,
  verplichtingInPeriode,
} from '../../shared/domain/sroi';
import { waardeerPlaatsing, waardeerUren } from '../../shared/domain/waardering';
import { LEGE_TABEL, PRESET_FRIESE_EIS, PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';

const contract = {
  waardeCent: 2_000_000_00, // € 2.000.000
  percentageBp: 500, // 5 %
  vastBedragCent: null,
  startdatum: '2026-01-01',
  einddatum: '2027-12-31',
};

describe('SROI-verplichting', () => {
  test('5 % van € 2.000.000 is € 100.000; een vast bedrag gaat voor', () => {
    expect(totaleVerplichting(contract)).toBe(100_000_00);
    expect(totaleVerplichting({ ...contract, vastBedragCent: 25_000_00 })).toBe(25_000_00);
    expect(totaleVerplichting({ ...contract, percentageBp: null })).toBe(0);
    // 2,5 % of € 333.333,33 = € 8.333,33 (rounded to the cent)
    expect(totaleVerplichting({ ...contract, waardeCent: 333_333_33, percentageBp: 250 })).toBe(8_333_33);
  });

  test('naar rato over de periode: 2026 is 365 van de 730 dagen', () => {
    expect(overlapDagen(contract, '2026-01-01', '2026-12-31')).toEqual({ overlap: 365, totaal: 730 });
    expect(verplichtingInPeriode(contract, '2026-01-01', '2026-12-31')).toBe(50_000_00);
    // A quarter that falls half outside the contract counts only its inside days.
    expect(overlapDagen(contract, '2027-12-01', '2028-02-28').overlap).toBe(31);
    expect(verplichtingInPeriode(contract, '2028-01-01', '2028-12-31')).toBe(0);
    // The periods of the contract add up to the whole obligation.
    const delen = ['2026', '2027'].map((j) => verplichtingInPeriode(contract, `${j}-01-01`, `${j}-12-31`));
    expect(delen.reduce((a, b) => a + b, 0)).toBe(totaleVerplichting(contract));
  });

  test('verdeling over gemeenten naar aandeel in de contractwaarde telt altijd op tot het geheel', () => {
    const verdeeld = verdeelNaarRato(100_000_00, { goes: 500_000, tholen: 300_000, kapelle: 200_000 });
    expect(verdeeld).toEqual({ goes: 50_000_00, tholen: 30_000_00, kapelle: 20_000_00 });
    const drie = verdeelNaarRato(100, { a: 1, b: 1, c: 1 });
    expect(Object.values(drie).reduce((s, v) => s + v, 0)).toBe(100);
    expect(Object.values(drie).sort()).toEqual([33, 33, 34]);
    expect(verdeelNaarRato(500, { a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
    for (let bedrag = 0; bedrag < 2000; bedrag += 7) {
      const v = verdeelNaarRato(bedrag, { a: 3, b: 7, c: 11, d: 13 });
      expect(v.a + v.b + v.c + v.d).toBe(bedrag);
    }
  });

  test('een percentage gelijk aan of boven het loonaandeel is onredelijk', () => {
    expect(percentageOnredelijk(500, 500)).toBe(true);
    expect(percentageOnredelijk(500, 3000)).toBe(false);
    expect(percentageOnredelijk(null, 500)).toBe(false);
    expect(percentageOnredelijk(500, null)).toBe(false);
  });
});

describe('waardering met bouwblokken', () => {
  test('voltijd een jaar Participatiewet is het jaarbedrag; 18 van 36 uur is de helft', () => {
    const vol = waardeerPlaatsing(
      { doelgroep: 'participatiewet_kort', urenPerWeek: 36, maanden: 12, bonussen: [] },
      PRESET_UTRECHT,
    );
    expect(vol.waardeCent).toBe(40_000_00);
    const half = waardeerPlaatsing(
      { doelgroep: 'participatiewet_kort', urenPerWeek: 18, maanden: 12, bonussen: [] },
      PRESET_UTRECHT,
    );
    expect(half.waardeCent).toBe(20_000_00);
    expect(half.uitleg).toContain('18 van 36 uur');
  });

  test('meer uren dan de basis tellen niet extra; onder het minimum telt niet mee', () => {
    const veel = waardeerPlaatsing(
      { doelgroep: 'ww', urenPerWeek: 40, maanden: 12, bonussen: [] },
      PRESET_UTRECHT,
    );
    expect(veel.waardeCent).toBe(20_000_00);
    const weinig = waardeerPlaatsing(
      { doelgroep: 'ww', urenPerWeek: 11.5, maanden: 12, bonussen: [] },
      PRESET_UTRECHT,
    );
    expect(weinig.waardeCent).toBe(0);
    expect(weinig.uitleg).toContain('Minder dan 12 uur');
    const precies = waardeerPlaatsing(
      { doelgroep: 'ww', urenPerWeek: 12, maanden: 12, bonussen: [] },
      PRESET_UTRECHT,
    );
    expect(precies.waardeCent).toBe(Math.round((20_000_00 * 12) / 36));
  });

  test('een werkervaringsplaats van 3 maanden en bonussen, per tabel verschillend', () => {
    // Friese Eis: € 7.500 per year → 24 of 36 hours for 3 months = 7500 × 2/3 × 1/4 = € 1.250
    const wep = waardeerPlaatsing(
      { doelgroep: 'werkervaringsplaats', urenPerWeek: 24, maanden: 3, bonussen: [] },
      PRESET_FRIESE_EIS,
    );
    expect(wep.waardeCent).toBe(1_250_00);
    // Utrecht has no value for a werkervaringsplaats.
    expect(
      waardeerPlaatsing(
        { doelgroep: 'werkervaringsplaats', urenPerWeek: 24, maanden: 3, bonussen: [] },
        PRESET_UTRECHT,
      ).waardeCent,
    ).toBe(0);
    // Bonuses add to the year amount and are pro rata too: (40k + 10k + 10k) × 1/2 × 6/12 = € 15.000
    const met = waardeerPlaatsing(
      {
        doelgroep: 'participatiewet_lang',
        urenPerWeek: 18,
        maanden: 6,
        bonussen: ['vijftig_plus', 'vast_contract'],
      },
      PRESET_UTRECHT,
    );
    expect(met.waardeCent).toBe(15_000_00);
    // A bonus the table does not know adds nothing.
    const onbekend = waardeerPlaatsing(
      { doelgroep: 'ww', urenPerWeek: 36, maanden: 12, bonussen: ['vast_contract'] },
      PRESET_FRIESE_EIS,
    );
    expect(onbekend.waardeCent).toBe(20_000_00);
  });

  test('uren tegen het uurtarief; een lege tabel waardeert niets en zegt waarom', () => {
    expect(waardeerUren(12.5, PRESET_UTRECHT).waardeCent).toBe(1_250_00);
    expect(waardeerUren(10, PRESET_FRIESE_EIS).waardeCent).toBe(0);
    const leeg = waardeerPlaatsing(
      { doelgroep: 'wajong', urenPerWeek: 36, maanden: 12, bonussen: [] },
      LEGE_TABEL,
    );
    expect(leeg.waardeCent).toBe(0);
    expect(leeg.uitleg).toContain('geen waarde');
  });

  test('een gewijzigde kopie van een tabel verandert de oorspronkelijke niet (versies blijven vast)', () => {
    const kopie = structuredClone(PRESET_UTRECHT);
    kopie.versie = 2;
    kopie.jaarbedragCent.ww = 25_000_00;
    const p = { doelgroep: 'ww' as const, urenPerWeek: 36, maanden: 12, bonussen: [] };
    expect(waardeerPlaatsing(p, kopie).waardeCent).toBe(25_000_00);
    expect(waardeerPlaatsing(p, PRESET_UTRECHT).waardeCent).toBe(20_000_00);
    expect(waardeerPlaatsing(p, kopie).uitleg).toContain('versie 2');
  });
});
