import { describe, expect, test } from 'vitest';
import { maaktVerouderd } from '../../renderer/src/api/verversen';
import { KANAALNAMEN } from '../../shared/api/contract';

describe('which queries a change makes stale', () => {
  const leesKanalen = KANAALNAMEN.filter((k) =>
    /\.(lijst|ophalen|detail|overzicht|status|start|recent)$/.test(k),
  );

  test('a data change refreshes every data query and the save state, not the session answers', () => {
    for (const wijziging of [
      'sroi.realisatieOpslaan',
      'kandidaten.stapOpslaan',
      'werkgroep.bijwerken',
    ] as const) {
      expect(maaktVerouderd(wijziging, 'sroi.overzicht')).toBe(true);
      expect(maaktVerouderd(wijziging, 'monitoring.dashboard')).toBe(true);
      expect(maaktVerouderd(wijziging, 'capaciteit.overzicht')).toBe(true);
      expect(maaktVerouderd(wijziging, 'document.status')).toBe(true);
      expect(maaktVerouderd(wijziging, 'app.start')).toBe(false);
      expect(maaktVerouderd(wijziging, 'document.recent')).toBe(false);
      expect(maaktVerouderd(wijziging, 'instellingen.ophalen')).toBe(false);
    }
  });

  test('opening, closing or locking a file refreshes everything', () => {
    for (const wijziging of [
      'document.openen',
      'document.sluiten',
      'document.vergrendelen',
      'beveiliging.instellen',
    ])
      for (const q of leesKanalen) expect(maaktVerouderd(wijziging, q)).toBe(true);
  });
});
