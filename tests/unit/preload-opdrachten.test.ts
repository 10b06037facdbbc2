import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { OpdrachtBrug } from '../../shared/opdrachten';

// The preload imports electron, which cannot load here: a stand-in records what it exposes and
// lets the test play main's side of the one-way 'opdracht' event.
const blootgesteld = new Map<string, unknown>();
const luisteraars = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (naam: string, waarde: unknown) => blootgesteld.set(naam, waarde) },
  ipcRenderer: {
    invoke: async () => null,
    on: (kanaal: string, f: (event: unknown, ...args: unknown[]) => void) =>
      luisteraars.set(kanaal, [...(luisteraars.get(kanaal) ?? []), f]),
    removeListener: (kanaal: string, f: unknown) =>
      luisteraars.set(
        kanaal,
        (luisteraars.get(kanaal) ?? []).filter((g) => g !== f),
      ),
  },
}));

const stuur = (...args: unknown[]) => {
  for (const f of luisteraars.get('opdracht') ?? []) f({ sender: 'main' }, ...args);
};

describe('preload: the native menu’s commands', () => {
  beforeAll(async () => {
    (globalThis as { __KANAALNAMEN__?: string[] }).__KANAALNAMEN__ = ['app.start'];
    await import('../../electron/preload/index');
  });

  test('the page gets only api and opdrachten', () => {
    expect([...blootgesteld.keys()].sort()).toEqual(['api', 'opdrachten']);
  });

  test('only a known command id reaches the page, never the event or anything else', () => {
    const brug = blootgesteld.get('opdrachten') as OpdrachtBrug;
    const ontvangen: unknown[][] = [];
    const stop = brug.opOpdracht((...args) => ontvangen.push(args));
    stuur('nieuw');
    stuur('recent-2');
    stuur('recent-99');
    stuur('rm -rf');
    stuur({ id: 'nieuw' });
    stuur(undefined);
    expect(ontvangen).toEqual([['nieuw'], ['recent-2']]);
    stop();
    stuur('openen');
    expect(ontvangen).toHaveLength(2);
  });
});
