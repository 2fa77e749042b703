// exceljs's streaming writer zips with `archiver`, which needs Node's zlib and fs. This stands in
// for the part it uses — append strings, buffers and streams; pipe; finalize — on fflate's
// streaming Zip, which deflates each part as it comes and emits the archive in order.
import { Zip, ZipDeflate } from 'fflate';
import { EventEmitter } from './events';

/** What exceljs pipes the archive into: Node's writable stream, as far as it is used. */
interface Destination {
  write(chunk: Uint8Array): unknown;
  end(): unknown;
}

/** A part's source: a string, some bytes, or exceljs's StreamBuf (a readable it pipes). */
type Source = string | Uint8Array | { pipe(destination: unknown): unknown };

const encoder = new TextEncoder();

class ZipArchive extends EventEmitter {
  private destination: Destination | null = null;
  private readonly zip: Zip;

  constructor(private readonly level: number) {
    super();
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.emit('error', error);
        return;
      }
      this.destination?.write(chunk);
      if (final) this.destination?.end();
    });
  }

  pipe(destination: Destination): Destination {
    this.destination = destination;
    return destination;
  }

  append(source: Source, options: { name: string; base64?: boolean }): this {
    // exceljs names some parts with a leading slash; a zip entry never starts with one.
    const file = new ZipDeflate(options.name.replace(/^\/+/, ''), {
      level: this.level as 6,
    });
    this.zip.add(file);
    if (typeof source === 'string') {
      file.push(options.base64 ? base64Bytes(source) : encoder.encode(source), true);
    } else if (source instanceof Uint8Array) {
      file.push(source, true);
    } else {
      source.pipe({
        write: (chunk: Uint8Array, done?: () => void) => {
          file.push(chunk);
          done?.();
          return true;
        },
        end: () => file.push(new Uint8Array(0), true),
        on: () => undefined,
        once: () => undefined,
        emit: () => false,
      });
    }
    return this;
  }

  finalize(): void {
    this.zip.end();
  }
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `archiver('zip', options)`: the only format exceljs asks for. */
export default function archiver(
  _format: string,
  options?: { zlib?: { level?: number } },
): ZipArchive {
  return new ZipArchive(options?.zlib?.level ?? 6);
}
