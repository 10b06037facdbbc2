/**
 * The crash tests' counter (with a fresh blob and its hash, to show they come from one save) lives
 * in one row of a table Tafelwerk's schema already has: a table of its own would make the file's
 * schema unexpected, and Tafelwerk refuses such a file on open (store/schema-controle.ts).
 * The row is an organisation: naam holds the counter, contactpersoon the blob, telefoon the hash.
 */
export const TELLER = {
  maak: `INSERT INTO organisatie (id, naam, soort, created_at, updated_at)
         VALUES ('kill-teller', '0', 'overig', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  lees: `SELECT CAST(naam AS INTEGER) AS n, contactpersoon AS blob, telefoon AS hash
           FROM organisatie WHERE id = 'kill-teller'`,
  n: `SELECT CAST(naam AS INTEGER) AS n FROM organisatie WHERE id = 'kill-teller'`,
  /** Parameters: n, blob, hash. */
  zet: `UPDATE organisatie SET naam = ?, contactpersoon = ?, telefoon = ? WHERE id = 'kill-teller'`,
  /** Exercises the write path once without changing what a test reads afterwards. */
  warm: `UPDATE organisatie SET naam = CAST(naam AS INTEGER) + 1, contactpersoon = randomblob(1000)
          WHERE id = 'kill-teller'`,
} as const;
