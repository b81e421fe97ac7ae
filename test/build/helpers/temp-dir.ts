/** Temporary folders of postings for the file-system, CLI and Vite plugin tests. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
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

/** Every file under `dir`, relative path → content. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

/** A small valid posting. */
export function posting(title: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: 2026-05-01\n${extra}${extra && !extra.endsWith('\n') ? '\n' : ''}---\n\nThe ${title} job.\n`;
}
