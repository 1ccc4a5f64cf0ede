// The one global change sequence of the kiosks' incremental sync (GET /v1/content/changes): notices
// and announcements (content_items) and services share it, so one cursor covers them all.
import type Database from 'better-sqlite3';

/** Returns a function giving the next seq; call it inside the write transaction that uses it. */
export function changeSequence(db: Database.Database): () => number {
  const max = db.prepare<[], { max: number | null }>(
    `SELECT MAX(m) AS max FROM (SELECT MAX(seq) AS m FROM content_items UNION ALL SELECT MAX(seq) FROM services)`,
  );
  return () => (max.get()?.max ?? 0) + 1;
}
