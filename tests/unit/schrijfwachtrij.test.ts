import { describe, expect, test } from 'vitest';
import { Schrijfwachtrij } from '../../electron/main/store/schrijfwachtrij';

/** A promise and the function that settles it, to hold a job in the queue for as long as a test needs. */
function poort() {
  let open = () => {};
  const dicht = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { dicht, open };
}

describe('Schrijfwachtrij', () => {
  test('jobs run one at a time in the order queued; a failing job rejects only itself', async () => {
    const wachtrij = new Schrijfwachtrij();
    const volgorde: string[] = [];
    const { dicht, open } = poort();
    const eerste = wachtrij.achteraan(async () => {
      volgorde.push('eerste begint');
      await dicht;
      volgorde.push('eerste klaar');
      return 1;
    });
    const fout = wachtrij.achteraan(() => {
      volgorde.push('fout');
      throw new Error('mislukt');
    });
    const derde = wachtrij.achteraan(() => {
      volgorde.push('derde');
      return 3;
    });
    await Promise.resolve();
    expect(volgorde).toEqual(['eerste begint']);
    open();
    await expect(eerste).resolves.toBe(1);
    await expect(fout).rejects.toThrow('mislukt');
    await expect(derde).resolves.toBe(3);
    await wachtrij.klaar();
    expect(volgorde).toEqual(['eerste begint', 'eerste klaar', 'fout', 'derde']);
  });

  test('saves asked for while one waits share it; one asked for after it started is a new save', async () => {
    const wachtrij = new Schrijfwachtrij();
    let opslagen = 0;
    const opslaan = async () => {
      opslagen++;
    };
    const { dicht, open } = poort();
    void wachtrij.achteraan(() => dicht);
    expect(wachtrij.opslagWacht).toBe(false);
    const a = wachtrij.opslaanGebundeld(opslaan);
    const b = wachtrij.opslaanGebundeld(opslaan);
    expect(b).toBe(a);
    expect(wachtrij.opslagWacht).toBe(true);
    open();
    await a;
    expect(opslagen).toBe(1);
    expect(wachtrij.opslagWacht).toBe(false);
    await wachtrij.opslaanGebundeld(opslaan);
    expect(opslagen).toBe(2);
  });
});
