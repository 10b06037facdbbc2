import { describe, expect, it } from 'vitest';
import { isVanToepassing, OPDRACHTEN, type Opdracht, opdrachtStaat } from '../../shared/opdrachten';

const van = (id: string) => OPDRACHTEN.find((o) => o.id === id) as Opdracht;
const document = (beveiligd: boolean, zonderPersoonsgegevens: boolean) => ({
  beveiligd,
  zonderPersoonsgegevens,
});

describe('which commands apply', () => {
  it('the welcome screen offers only the commands without a werkgroep', () => {
    const welkom = opdrachtStaat(null);
    expect(isVanToepassing(van('openen'), welkom)).toBe(true);
    expect(isVanToepassing(van('nieuweBijeenkomst'), welkom)).toBe(false);
    expect(isVanToepassing(van('aanDeSlag'), welkom)).toBe(false);
  });

  it("a member's copy offers no Aan de slag: setting up belongs to the original, which shares its id", () => {
    const kopie = opdrachtStaat(document(false, true));
    expect(isVanToepassing(van('aanDeSlag'), kopie)).toBe(false);
    expect(isVanToepassing(van('nieuweBijeenkomst'), kopie)).toBe(true);
    expect(isVanToepassing(van('aanDeSlag'), opdrachtStaat(document(false, false)))).toBe(true);
    // A copy is made from the full file, not from a copy.
    expect(isVanToepassing(van('kopieVoorLid'), kopie)).toBe(false);
    expect(isVanToepassing(van('kopieVoorLid'), opdrachtStaat(document(false, false)))).toBe(true);
  });

  it('locking applies only to a protected werkgroep, a copy included', () => {
    expect(isVanToepassing(van('vergrendelen'), opdrachtStaat(document(true, true)))).toBe(true);
    expect(isVanToepassing(van('vergrendelen'), opdrachtStaat(document(false, false)))).toBe(false);
  });
});
