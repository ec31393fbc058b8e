// A zip writer of the tests' own (PKWARE APPNOTE 6.3: local headers, central directory, zip64 fields), independent of
// the readers under test (src/interchange/sheet/zip-sizes.ts, iso-date-cells.ts). CRC-32 fields are left 0: neither
// milepel's readers nor JSZip (inside exceljs, which does not check them by default) read them.
import { deflateRawSync } from 'node:zlib';

export interface Part {
  readonly name: string;
  readonly data: Uint8Array;
  /** The unpacked size written in the headers (default: the data's true size). */
  readonly declared?: number;
  /** Write the sizes and offset in a zip64 extra field (0xFFFFFFFF in the 32-bit fields). */
  readonly zip64?: boolean;
}

/** A zip of `parts`, each deflated; a zip64 end of central directory when any part is zip64. */
export function zip(parts: readonly Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data);
    const size = part.declared ?? part.data.length;
    const extra = part.zip64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (part.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    // The fields a local header (APPNOTE §4.3.7) and a central one (§4.3.12) share; the central one has them 2 bytes
    // later, after its `version made by`.
    const shared = (into: Buffer, at: number): Buffer => {
      into.writeUInt16LE(20, at + 4); // version needed
      into.writeUInt16LE(8, at + 8); // deflated
      into.writeUInt32LE(part.zip64 ? 0xffffffff : packed.length, at + 18);
      into.writeUInt32LE(part.zip64 ? 0xffffffff : size, at + 22);
      into.writeUInt16LE(name.length, at + 26);
      into.writeUInt16LE(extra.length, at + 28);
      return into;
    };
    const local = shared(Buffer.alloc(30), 0);
    local.writeUInt32LE(0x04034b50, 0);
    const header = shared(Buffer.alloc(46), 2);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4); // version made by
    header.writeUInt32LE(part.zip64 ? 0xffffffff : offset, 42);
    central.push(header, name, extra);
    chunks.push(local, name, extra, packed);
    offset += local.length + name.length + extra.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  const isZip64 = parts.some((p) => p.zip64);
  if (isZip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(isZip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(isZip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(isZip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, ...tail, end]));
}
