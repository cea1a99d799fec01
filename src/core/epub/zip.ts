/**
 * A ZIP container written as a stream, as EPUB's OCF wants it: entries stored or deflated with
 * their sizes and CRC in the local headers (no data descriptors, no extra fields), so that the
 * first entry, `mimetype`, stored, puts `mimetypeapplication/epub+zip` at byte 30 of the file.
 * Compression and CRC are Node's own (zlib): fflate's JavaScript deflate and CRC were three
 * quarters of the time of making a site's books.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** An entry's bytes as they go into the zip: stored (method 0) or deflated (8), with the CRC and size of the data. */
export interface ZipEntry {
  method: 0 | 8;
  crc: number;
  /** The size of the data before compression. */
  size: number;
  body: Uint8Array;
}

/**
 * `data` as a zip entry: `level` 0 stores it (for what is compressed already), 6 deflates it. An
 * entry can be made once and added to many zips (a page's chapter goes into the archive's books).
 */
export function zipEntry(data: Uint8Array, level: 0 | 6): ZipEntry {
  if (level === 0) {
    let crc = crcs.get(data);
    if (crc === undefined) crcs.set(data, (crc = crc32(data)));
    return { method: 0, crc, size: data.length, body: data };
  }
  return { method: 8, crc: crc32(data), size: data.length, body: deflateRawSync(data, { level }) };
}

export interface ZipStream {
  /** Adds an entry: `level` 0 stores it (for what is compressed already), 6 deflates it. */
  add(path: string, data: Uint8Array | ZipEntry, level: 0 | 6): void;
  /** Writes the central directory; the sink's last chunk comes with `final`. */
  end(): void;
}

/** CRCs of stored entries added again and again (the fonts), by their bytes. */
const crcs = new WeakMap<Uint8Array, number>();

const encoder = new TextEncoder();

/** `date` as MS-DOS time and date (two-second precision, from 1980). */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function zipStream(modified: Date, sink: (chunk: Uint8Array, final: boolean) => void): ZipStream {
  const when = dosTime(modified);
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  return {
    add(path, data, level) {
      const name = encoder.encode(path);
      const { method, crc, size, body } = data instanceof Uint8Array ? zipEntry(data, level) : data;
      const local = new Uint8Array(30 + name.length);
      const l = new DataView(local.buffer);
      l.setUint32(0, 0x04034b50, true);
      l.setUint16(4, 20, true);
      l.setUint16(6, 0x0800, true); // names are UTF-8
      l.setUint16(8, method, true);
      l.setUint16(10, when.time, true);
      l.setUint16(12, when.date, true);
      l.setUint32(14, crc, true);
      l.setUint32(18, body.length, true);
      l.setUint32(22, size, true);
      l.setUint16(26, name.length, true);
      l.setUint16(28, 0, true);
      local.set(name, 30);
      const entry = new Uint8Array(46 + name.length);
      const c = new DataView(entry.buffer);
      c.setUint32(0, 0x02014b50, true);
      c.setUint16(4, 20, true);
      c.setUint16(6, 20, true);
      c.setUint16(8, 0x0800, true);
      c.setUint16(10, method, true);
      c.setUint16(12, when.time, true);
      c.setUint16(14, when.date, true);
      c.setUint32(16, crc, true);
      c.setUint32(20, body.length, true);
      c.setUint32(24, size, true);
      c.setUint16(28, name.length, true);
      c.setUint32(42, offset, true);
      entry.set(name, 46);
      central.push(entry);
      sink(local, false);
      sink(body, false);
      offset += local.length + body.length;
      count++;
    },
    end() {
      const size = central.reduce((sum, entry) => sum + entry.length, 0);
      for (const entry of central) sink(entry, false);
      const last = new Uint8Array(22);
      const e = new DataView(last.buffer);
      e.setUint32(0, 0x06054b50, true);
      e.setUint16(8, count, true);
      e.setUint16(10, count, true);
      e.setUint32(12, size, true);
      e.setUint32(16, offset, true);
      sink(last, true);
    },
  };
}
