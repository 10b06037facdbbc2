/**
 * The order of everything that changes an open file: each job starts after the one before it has
 * ended (a failed job rejects only its own promise), and saves are coalesced: while one save waits
 * its turn, later writes share it instead of each queueing their own.
 */
export class Schrijfwachtrij {
  private tail: Promise<unknown> = Promise.resolve();
  private wachtendeOpslag: Promise<void> | null = null;

  /** Runs `stap` after everything queued so far; resolves or rejects with it. */
  achteraan<T>(stap: () => T | Promise<T>): Promise<T> {
    const job = this.tail.then(stap);
    this.tail = job.catch(() => undefined);
    return job;
  }

  /** Whether a save is queued that has not started yet (the next write will share it). */
  get opslagWacht(): boolean {
    return this.wachtendeOpslag !== null;
  }

  /**
   * Queues `opslaan` unless a save is already waiting, and resolves once that save is done.
   * `opslaan` must not throw: its failures are reported otherwise (the save status).
   */
  opslaanGebundeld(opslaan: () => Promise<void>): Promise<void> {
    if (!this.wachtendeOpslag) {
      const save = this.tail.then(() => {
        this.wachtendeOpslag = null;
        return opslaan();
      });
      this.wachtendeOpslag = save;
      this.tail = save;
    }
    return this.wachtendeOpslag;
  }

  /** Resolves once the work queued so far is done (whether it worked or not). */
  klaar(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
