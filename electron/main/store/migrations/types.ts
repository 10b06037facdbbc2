import type { Db } from '../database';

export interface Migration {
  versie: number;
  naam: string;
  up(db: Db): void;
}
