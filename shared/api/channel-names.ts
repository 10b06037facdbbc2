/**
 * Channel names only, without schemas: the preload imports this so the sandboxed bundle stays
 * tiny. `contract.ts` checks at compile time that this list equals the contract's keys.
 */
export const CHANNEL_NAMES = [
  'app.start',
  'document.nieuw',
  'document.openVoorbeeld',
  'document.openen',
  'document.openRecent',
  'document.opslaanAls',
  'document.sluiten',
  'document.status',
  'recent.lijst',
  'recent.vergeten',
  'werkgroep.ophalen',
  'werkgroep.bijwerken',
  'instellingen.ophalen',
  'instellingen.bijwerken',
  'overzicht.tellingen',
  'organisaties.lijst',
  'organisaties.opslaan',
  'organisaties.archiveren',
  'contracten.lijst',
  'contracten.opslaan',
  'sroi.overzicht',
] as const;
