// Staff type dates and times as the hall's clock shows them; the contract wants ISO times with an
// offset. Converting through Intl keeps daylight-saving zones right without a date library.

function zoneParts(at: number, timeZone: string | undefined): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** Minutes the zone is ahead of UTC at an instant. */
export function zoneOffsetMinutes(at: number, timeZone: string | undefined): number {
  const p = zoneParts(at, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2026-03-02" + "14:30" in the hall's zone → "2026-03-02T14:30:00+08:00"; null if not a date/time. */
export function hallInputToIso(date: string, time: string, timeZone: string | undefined): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wallAsUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wallAsUtc)) return null;
  // The offset at the wall time itself, found in two steps (the first guess may sit across a change).
  let offset = zoneOffsetMinutes(wallAsUtc, timeZone);
  offset = zoneOffsetMinutes(wallAsUtc - offset * 60_000, timeZone);
  return `${date}T${time}:00${offsetText(offset)}`;
}

/** An ISO time as the hall's date and time inputs show it. */
export function isoToHallInput(iso: string, timeZone: string | undefined): { date: string; time: string } {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return { date: '', time: '' };
  const p = zoneParts(at, timeZone);
  return {
    date: `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`,
    time: `${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`,
  };
}

/** "2026-03-02 14:30" in the hall's zone (24-hour, as the hall writes times). */
export function formatHallDateTime(iso: string, timeZone: string | undefined): string {
  const { date, time } = isoToHallInput(iso, timeZone);
  return date ? `${date} ${time}` : iso;
}
