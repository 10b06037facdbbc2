import type { Migration } from './types';

/**
 * Indexes for a region's worth of data (see BENCHMARKS.md): the candidate list finds each
 * candidate's current step, first and last ladder measurement and current outcome by index seeks
 * (no sort per candidate), the list is read in code order, and the SROI overview and dashboard
 * select realisations by date.
 */
export const m013Indexen: Migration = {
  versie: 13,
  naam: 'indexen',
  up(db) {
    db.exec(`
      CREATE INDEX leerlijn_stap_stand ON leerlijn_stap (kandidaat_id, status, volgorde) WHERE deleted_at IS NULL;
      CREATE INDEX ladder_meting_stand ON ladder_meting (kandidaat_id, datum, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX uitstroom_stand ON uitstroom (kandidaat_id, datum, created_at) WHERE deleted_at IS NULL;
      CREATE INDEX kandidaat_code ON kandidaat (code COLLATE NOCASE);
      CREATE INDEX realisatie_datum ON realisatie (datum);
    `);
  },
};
