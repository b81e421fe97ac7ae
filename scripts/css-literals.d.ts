import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function minifyCssLiterals(code: string, filename: string, options?: { keepLines?: boolean }): MagicString | undefined;
export function cssLiterals(): Plugin;
export function emittedFiles(rootDir: string, outDir: string): Generator<string>;
