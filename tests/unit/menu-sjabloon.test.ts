import { describe, expect, test } from 'vitest';
import type { Handlers } from '../../electron/main/ipc/handler-types';
import { menuVolgtDocument } from '../../electron/main/ipc/menu-volgt-document';
import { type MenuOnderdeel, type MenuStaat, menuSjabloon } from '../../electron/main/menu-sjabloon';
import type { RecentFile } from '../../shared/domain/types';
import {
  isOpdrachtId,
  OPDRACHTEN,
  type OpdrachtId,
  RECENT_PLEKKEN,
  recentPlek,
} from '../../shared/opdrachten';

const bestand = (naam: string, bestaat = true): RecentFile => ({
  id: naam.padEnd(16, '0').slice(0, 16),
  bestandsnaam: `${naam}.tafelwerk`,
  map: '/home/proef/Documenten',
  geopendOp: '2026-11-02T09:00:00.000Z',
  bestaat,
});

/** Builds the template and records what its clicks send to the page. */
function bouw(staat: MenuStaat) {
  const gestuurd: OpdrachtId[] = [];
  const sjabloon = menuSjabloon(staat, (id) => gestuurd.push(id));
  const menu = (label: string) => sjabloon.find((m) => m.label === label)?.submenu ?? [];
  const item = (onderdelen: MenuOnderdeel[], label: string) => {
    const gevonden = onderdelen.find((m) => m.label === label);
    if (!gevonden) throw new Error(`Geen menu-item ${label}`);
    return gevonden;
  };
  return { sjabloon, gestuurd, menu, item };
}

const geenBestand: MenuStaat = { open: false, beveiligd: false, recent: [] };

describe('menuSjabloon', () => {
  test('Bestand holds the in-app menu’s items in its order, then Afsluiten', () => {
    const { menu } = bouw({ open: true, beveiligd: true, recent: [] });
    expect(menu('Bestand').map((m) => m.label ?? m.type)).toEqual([
      'Nieuwe werkgroep…',
      'Openen…',
      'Opslaan als…',
      'Samenvoegen met…',
      'Kopie voor een werkgroeplid…',
      'Voorbeeldwerkgroep openen',
      'separator',
      'Recente bestanden',
      'separator',
      'Vergrendelen',
      'Werkgroep sluiten',
      'separator',
      'Afsluiten',
    ]);
    expect(menu('Bestand').at(-1)?.role).toBe('quit');
  });

  test('a click sends only the command’s id; shortcuts are CmdOrCtrl accelerators', () => {
    const { menu, item, gestuurd } = bouw({ open: true, beveiligd: false, recent: [] });
    item(menu('Bestand'), 'Nieuwe werkgroep…').click?.();
    item(menu('Bestand'), 'Openen…').click?.();
    item(menu('Beeld'), 'Zoeken en opdrachten…').click?.();
    expect(gestuurd).toEqual(['nieuw', 'openen', 'palet']);
    expect(item(menu('Bestand'), 'Nieuwe werkgroep…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(menu('Bestand'), 'Openen…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(menu('Beeld'), 'Zoeken en opdrachten…').accelerator).toBe('CmdOrCtrl+K');
    expect(item(menu('Bestand'), 'Opslaan als…').accelerator).toBeUndefined();
  });

  test('without a werkgroep, Opslaan als, Samenvoegen met, Kopie voor een werkgroeplid, Vergrendelen and Werkgroep sluiten are greyed out', () => {
    const { menu, item } = bouw(geenBestand);
    const aan = (label: string) => item(menu('Bestand'), label).enabled;
    expect([aan('Nieuwe werkgroep…'), aan('Openen…'), aan('Voorbeeldwerkgroep openen')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([
      aan('Opslaan als…'),
      aan('Samenvoegen met…'),
      aan('Kopie voor een werkgroeplid…'),
      aan('Vergrendelen'),
      aan('Werkgroep sluiten'),
    ]).toEqual([false, false, false, false, false]);
  });

  test('Vergrendelen only for a protected file', () => {
    const open = bouw({ open: true, beveiligd: false, recent: [] });
    const beveiligd = bouw({ open: true, beveiligd: true, recent: [] });
    expect(open.item(open.menu('Bestand'), 'Vergrendelen').enabled).toBe(false);
    expect(beveiligd.item(beveiligd.menu('Bestand'), 'Vergrendelen').enabled).toBe(true);
  });

  test("Kopie voor een werkgroeplid only from the full file, not from a member's copy", () => {
    const vol = bouw({ open: true, beveiligd: false, zonderPersoonsgegevens: false, recent: [] });
    const kopie = bouw({ open: true, beveiligd: false, zonderPersoonsgegevens: true, recent: [] });
    expect(vol.item(vol.menu('Bestand'), 'Kopie voor een werkgroeplid…').enabled).toBe(true);
    expect(kopie.item(kopie.menu('Bestand'), 'Kopie voor een werkgroeplid…').enabled).toBe(false);
  });

  test('recent files that exist, each sending its place in main’s list', () => {
    const recent = [bestand('Werkgroep Noord'), bestand('Weg', false), bestand('Werkgroep Zuid')];
    const { menu, item, gestuurd } = bouw({ open: false, beveiligd: false, recent });
    const lijst = item(menu('Bestand'), 'Recente bestanden').submenu ?? [];
    expect(lijst.map((m) => m.label)).toEqual(['Werkgroep Noord.tafelwerk', 'Werkgroep Zuid.tafelwerk']);
    for (const m of lijst) m.click?.();
    // The missing file keeps its place, so the page finds Zuid at place 3 of the list it reads.
    expect(gestuurd).toEqual(['recent-1', 'recent-3']);
  });

  test('no recent files: one greyed-out line says so', () => {
    const { menu, item } = bouw(geenBestand);
    expect(item(menu('Bestand'), 'Recente bestanden').submenu).toEqual([
      { label: 'Geen recente bestanden', enabled: false },
    ]);
  });
});

describe('command ids from main', () => {
  test('every command of the list, and the recent-file places, are known ids', () => {
    for (const o of OPDRACHTEN) expect(isOpdrachtId(o.id)).toBe(true);
    expect(isOpdrachtId('recent-1')).toBe(true);
    expect(isOpdrachtId(`recent-${RECENT_PLEKKEN}`)).toBe(true);
    expect(recentPlek('recent-7')).toBe(7);
  });

  test('anything else is refused', () => {
    for (const waarde of [
      'recent-0',
      `recent-${RECENT_PLEKKEN + 1}`,
      'recent-01',
      'recent-1 ',
      'recent-',
      'Nieuw',
      '__proto__',
      'toString',
      'nieuw;openen',
      '/home/proef/x.tafelwerk',
      '',
      1,
      null,
      undefined,
      { id: 'nieuw' },
      ['nieuw'],
    ]) {
      expect(isOpdrachtId(waarde), String(waarde)).toBe(false);
    }
  });
});

describe('menuVolgtDocument', () => {
  const nep = {
    'document.sluiten': async () => {
      throw new Error('mislukt');
    },
    'document.openen': async () => null,
    'beveiliging.uitzetten': async () => null,
    'app.start': async () => 'start',
    'kandidaten.lijst': async () => [],
  } as unknown as Handlers;

  test('the menu is rebuilt after every document, protection or start call, also a failed one', async () => {
    let keer = 0;
    const h = menuVolgtDocument(nep, () => {
      keer++;
    });
    await h['document.openen']({});
    await expect(h['document.sluiten']({})).rejects.toThrow('mislukt');
    await h['beveiliging.uitzetten']({ wachtwoord: 'x' } as never);
    expect(await h['app.start']({})).toBe('start');
    expect(keer).toBe(4);
    await h['kandidaten.lijst']({ metNamen: false });
    expect(keer).toBe(4);
  });
});
