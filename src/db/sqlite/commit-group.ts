import type Sqlite from "better-sqlite3";

/**
 * Group commit for better-sqlite3. Writes that arrive in the same turn of the event loop
 * (under load, the turns of several visitors) share one transaction and so one WAL commit,
 * which is most of what a chat turn costs the database. Each write runs in its own savepoint:
 * one that fails rolls back alone and only its caller sees the error. Every caller's promise
 * settles after the COMMIT, so no reply is sent for a write that has not been committed.
 */
export class CommitGroup {
  private pending: Array<{ write: () => void; resolve: () => void; reject: (error: unknown) => void }> = [];
  private readonly statements: Record<
    "begin" | "commit" | "rollback" | "savepoint" | "release" | "rollbackTo",
    Sqlite.Statement
  >;

  constructor(private readonly sqlite: Sqlite.Database) {
    this.statements = {
      // IMMEDIATE takes the write lock once for the group, so another process holding it
      // makes the group wait (busy_timeout) once rather than once per write.
      begin: sqlite.prepare("BEGIN IMMEDIATE"),
      commit: sqlite.prepare("COMMIT"),
      rollback: sqlite.prepare("ROLLBACK"),
      savepoint: sqlite.prepare("SAVEPOINT grouped_write"),
      release: sqlite.prepare("RELEASE grouped_write"),
      rollbackTo: sqlite.prepare("ROLLBACK TO grouped_write"),
    };
  }

  /** Run `write` (synchronous statements) in the next group; resolves once it is committed. */
  add(write: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.push({ write, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.pending;
    this.pending = [];
    const { begin, commit, rollback, savepoint, release, rollbackTo } = this.statements;
    const failures = new Map<number, unknown>();
    try {
      begin.run();
      group.forEach((member, index) => {
        savepoint.run();
        try {
          member.write();
        } catch (error) {
          rollbackTo.run();
          failures.set(index, error);
        }
        release.run();
      });
      commit.run();
    } catch (error) {
      if (this.sqlite.inTransaction) rollback.run();
      group.forEach((member, index) => member.reject(failures.get(index) ?? error));
      return;
    }
    group.forEach((member, index) => (failures.has(index) ? member.reject(failures.get(index)) : member.resolve()));
  }
}
