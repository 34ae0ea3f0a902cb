/**
 * The process's standard output and error as `OutStream`s (bin.ts): node's streams made on first
 * use, or the descriptors written directly where they are a pipe or a file.
 */
import type { OutStream } from './io.js';

/** What `direct` asks of the system: node-io.ts `nodeStdio`, or a test's. */
export interface StdioSystem {
  platform: string;
  fstat(fd: number): { isFIFO(): boolean; isFile(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; rdev: number };
  /** the device number of /dev/null, undefined where there is none */
  nullDevice(): number | undefined;
  /** bytes written (at least one), or throws as fs.writeSync does */
  write(fd: number, bytes: Uint8Array): number;
}

/**
 * A stream whose reader may go away: after EPIPE, writes are dropped instead of thrown. The
 * stream is made on first use: node makes `process.stdout` when it is first read, and for a pipe
 * that is a net.Socket, ≈ 3 ms of a `check`, which writes only to stderr (issue 16).
 */
function quiet(open: () => NodeJS.WriteStream): OutStream {
  let stream: NodeJS.WriteStream | undefined;
  let gone = false;
  const get = (): NodeJS.WriteStream => {
    if (!stream) {
      stream = open();
      stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') gone = true;
        else throw e;
      });
    }
    return stream;
  };
  return {
    write: (chunk) => (gone ? false : get().write(chunk)),
    get isTTY() {
      return get().isTTY;
    },
    get columns() {
      return get().columns;
    },
  };
}

/**
 * Output to a pipe or a file, where node's stream for it would be a net.Socket or a file stream
 * (loading net, tty and the streams: ≈ 8–10 ms of a `check`, which writes a few lines to stderr):
 * written to the descriptor directly, synchronously, as node writes to pipes and files on POSIX
 * anyway; /dev/null too (a character device, known by its device number). A terminal, another
 * character device, Windows, or a descriptor fstat cannot read get node's stream (`quiet`). A pipe
 * left non-blocking by the parent (EAGAIN) hands the rest to the stream, in order; EPIPE ends
 * output quietly, as `quiet` does.
 */
export function direct(fd: 1 | 2, open: () => NodeJS.WriteStream, sys: StdioSystem): OutStream {
  let kind: 'direct' | 'stream' | undefined;
  let gone = false;
  const fallback = quiet(open);
  const decide = (): 'direct' | 'stream' => {
    if (kind) return kind;
    kind = 'stream';
    if (sys.platform !== 'win32') {
      try {
        const st = sys.fstat(fd);
        if (st.isFIFO() || st.isFile() || st.isSocket() || (st.isCharacterDevice() && st.rdev === sys.nullDevice())) kind = 'direct';
      } catch {
        // not open, or not readable: node's stream says what it can
      }
    }
    return kind;
  };
  return {
    write: (chunk) => {
      if (gone) return false;
      if (decide() === 'stream') return fallback.write(chunk);
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        while (bytes.length > 0) bytes = bytes.subarray(sys.write(fd, bytes));
        return true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          gone = true;
          return false;
        }
        if (code !== 'EAGAIN') throw e;
        kind = 'stream';
        return fallback.write(bytes);
      }
    },
    get isTTY() {
      return decide() === 'stream' ? fallback.isTTY : false;
    },
    get columns() {
      return decide() === 'stream' ? fallback.columns : undefined;
    },
  };
}
