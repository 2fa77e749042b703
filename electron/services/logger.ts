import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'error' | 'warn' | 'info';

export interface Logger {
  write(
    level: LogLevel,
    source: 'main' | 'bridge' | 'renderer' | 'shell',
    message: string,
    detail?: string,
  ): void;
  readonly file: string;
}

export interface FileLoggerOptions {
  /** Rotate when the file passes this size. */
  maxBytes?: number;
  /** How many rotated files to keep (main.1.log … main.N.log). */
  keep?: number;
}

/**
 * A rotating log file in the data folder. Synchronous on purpose: it is written rarely (errors,
 * start-up) and must not lose the line before a crash.
 */
export function createFileLogger(logDir: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const file = join(logDir, 'main.log');
  mkdirSync(logDir, { recursive: true });

  function rotateIfLarge(): void {
    if (!existsSync(file) || statSync(file).size < maxBytes) return;
    const oldest = join(logDir, `main.${keep}.log`);
    if (existsSync(oldest)) rmSync(oldest);
    for (let i = keep - 1; i >= 1; i--) {
      const from = join(logDir, `main.${i}.log`);
      if (existsSync(from)) renameSync(from, join(logDir, `main.${i + 1}.log`));
    }
    renameSync(file, join(logDir, 'main.1.log'));
  }

  return {
    file,
    write(level, source, message, detail) {
      try {
        rotateIfLarge();
        const line = `${new Date().toISOString()} [${level}] [${source}] ${message}${detail ? `\n${detail}` : ''}\n`;
        appendFileSync(file, line, 'utf8');
      } catch {
        // A log that cannot be written must never take the app down with it.
      }
    },
  };
}
