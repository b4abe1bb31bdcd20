/** Options for {@link parseDelimited}. */
export interface DelimitedOptions {
  /** Field separator, e.g. "," or "\t". */
  delimiter: string;
  /** Honour RFC 4180 double-quoted fields. Off for TSV, whose fields may contain bare quotes. */
  quotes: boolean;
}

/**
 * Splits delimited text into rows of raw string fields. Handles a UTF-8 BOM, CRLF or LF line
 * ends, and (when `quotes` is on) quoted fields containing delimiters, `""` escapes and newlines.
 * Blank lines are dropped.
 */
export function parseDelimited(text: string, options: DelimitedOptions): string[][] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  // A quoted-but-empty field ("") must still count as a field, so track "saw anything" separately.
  let rowHasContent = false;

  const endRow = (): void => {
    row.push(field);
    if (rowHasContent) rows.push(row);
    row = [];
    field = "";
    rowHasContent = false;
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '"' && options.quotes && field === "") {
      const quoted = readQuoted(source, i + 1);
      field = quoted.value;
      i = quoted.end;
      rowHasContent = true;
    } else if (ch === options.delimiter) {
      row.push(field);
      field = "";
      rowHasContent = true;
    } else if (isLineEnd(source, i)) {
      endRow();
    } else if (ch !== "\r") {
      field += ch;
      rowHasContent = true;
    }
  }
  if (rowHasContent || field !== "") endRow();
  return rows;
}

/** True at "\n", and at a "\r" not followed by "\n" (a CRLF ends at its "\n"). */
function isLineEnd(source: string, i: number): boolean {
  const ch = source[i];
  return ch === "\n" || (ch === "\r" && source[i + 1] !== "\n");
}

/** Reads a quoted field's body starting after its opening quote; `end` is the closing quote. */
function readQuoted(source: string, start: number): { value: string; end: number } {
  let value = "";
  for (let i = start; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch !== '"') value += ch;
    else if (source[i + 1] === '"') {
      value += '"';
      i++;
    } else return { value, end: i };
  }
  // An unterminated quote swallows the rest of the text, as spreadsheet tools do.
  return { value, end: source.length };
}

/** A header-keyed table: `records[i][column]` is always a string ("" when the row is short). */
export interface Table {
  header: string[];
  records: Record<string, string>[];
  /** Rows whose field count differs from the header's; they are still returned, padded or cut. */
  raggedRows: number;
}

/** Parses delimited text whose first row is a header. */
export function parseTable(text: string, options: DelimitedOptions): Table {
  const [header = [], ...rows] = parseDelimited(text, options);
  let raggedRows = 0;
  const records = rows.map((fields) => {
    if (fields.length !== header.length) raggedRows++;
    const record: Record<string, string> = {};
    header.forEach((column, i) => {
      record[column] = fields[i] ?? "";
    });
    return record;
  });
  return { header, records, raggedRows };
}

/** A wall-clock time with no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number; // 0..23
  minute: number;
  second: number;
}

const US_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([AP])M$/i;

/**
 * Parses the Real-Time 911 page's `M/D/YYYY h:mm:ss AM/PM` form. 12:xx AM is hour 0 and
 * 12:xx PM is hour 12. Returns null for anything malformed or out of range.
 */
export function parseUsTimestamp(text: string): LocalDateTime | null {
  const m = US_TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [, mo, d, y, h, mi, s, ampm] = m;
  const hour12 = Number(h);
  const local: LocalDateTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: (hour12 % 12) + (ampm?.toUpperCase() === "P" ? 12 : 0),
    minute: Number(mi),
    second: Number(s),
  };
  if (hour12 < 1 || hour12 > 12 || local.minute > 59 || local.second > 59) return null;
  if (local.month < 1 || local.month > 12 || local.day < 1) return null;
  if (local.day > daysInMonth(local.year, local.month)) return null;
  return local;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a local time, for day-window filtering. */
export function localDateKey(t: LocalDateTime): string {
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Day of month of the n-th Sunday (n >= 1) of a month, in the proleptic Gregorian calendar. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (n - 1);
}

/**
 * Minutes to add to UTC to get Seattle wall time: -420 (PDT) or -480 (PST). Uses the US rules in
 * force since 2007 (second Sunday of March 02:00 to first Sunday of November 02:00), computed by
 * hand so results do not depend on the host's time-zone database. A wall time in the repeated
 * 01:xx hour of November is read as PDT (its first occurrence); one in the skipped 02:xx hour of
 * March is read as PST.
 */
export function pacificUtcOffsetMinutes(t: LocalDateTime): number {
  const start = { month: 3, day: nthSunday(t.year, 3, 2), hour: 2 };
  const end = { month: 11, day: nthSunday(t.year, 11, 1), hour: 1 };
  const key = (month: number, day: number, hour: number): number => (month * 32 + day) * 24 + hour;
  const now = key(t.month, t.day, t.hour);
  const isDst =
    now >= key(start.month, start.day, start.hour + 1) && now <= key(end.month, end.day, end.hour);
  return isDst ? -420 : -480;
}

/** Seattle wall time to epoch milliseconds (UTC). */
export function pacificToEpochMs(t: LocalDateTime): number {
  const asIfUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asIfUtc - pacificUtcOffsetMinutes(t) * 60_000;
}

/** Parses a Real-Time 911 timestamp (Seattle local time) straight to epoch ms UTC, or null. */
export function parseSeattleTimestamp(text: string): number | null {
  const local = parseUsTimestamp(text);
  return local ? pacificToEpochMs(local) : null;
}
