import { describe, expect, it } from 'vitest';
import { OPDRACHTEN } from '../../shared/opdrachten';

// The palette shows `uitleg` under each command (tests/e2e/palet.spec.ts checks it on screen).
describe('the commands explain themselves', () => {
  it('every command has one Dutch sentence that addresses the user as u, never je', () => {
    for (const o of OPDRACHTEN) {
      expect(o.uitleg, o.id).toMatch(/^[A-Z].{10,110}\.$/);
      expect(o.uitleg, o.id).not.toMatch(/\b(je|jij|jouw)\b/i);
    }
  });

  it('no two commands explain themselves with the same words', () => {
    const uitleg = OPDRACHTEN.map((o) => o.uitleg);
    expect(new Set(uitleg).size).toBe(uitleg.length);
  });
});
