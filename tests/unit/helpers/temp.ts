import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import { afterEach } from 'vitest';
import { loadSqlJs } from '../../../electron/main/store/sqljs';

/**
 * A fresh folder in the OS temp dir per call, removed after the test that made it.
 * Call from inside a test (or beforeEach).
 */
const made: string[] = [];

export async function tempDir(prefix = 'tafelwerk-test-'): Promise<string> {
  const dir = await fs.mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

/** Opens bytes on disk with a fresh sql.js database, independent of the code under test. */
export async function openRaw(path: string): Promise<Database> {
  const SQL = await loadSqlJs();
  return new SQL.Database(await fs.readFile(path));
}

/** First column of the first row of a query on a raw sql.js database. */
export function scalar(db: Database, sql: string, params: (string | number | null)[] = []): unknown {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    return stmt.step() ? stmt.get()[0] : undefined;
  } finally {
    stmt.free();
  }
}

/** The error a synchronous function throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): Error & { code?: string } {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('Expected the call to throw, but it returned normally.');
}

export const exists = (path: string) =>
  fs.stat(path).then(
    () => true,
    () => false,
  );
