/** Temporary folders of postings for the file-system, CLI and Vite plugin tests. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempDir {
  /** Real absolute path of the folder. */
  path: string;
  /** Writes `files` (path inside the folder → text) and returns the folder's path. */
  write(files: Record<string, string>): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = realpathSync(mkdtempSync(join(tmpdir(), 'job-widgets-test-')));
  return {
    path,
    write(files) {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(path, name)), { recursive: true });
        writeFileSync(join(path, name), text);
      }
      return path;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** A small valid posting. */
export function posting(title: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: 2026-05-01\n${extra}${extra && !extra.endsWith('\n') ? '\n' : ''}---\n\nThe ${title} job.\n`;
}
