import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function minifyCssLiterals(code: string, filename: string, options?: { keepLines?: boolean }): MagicString | undefined;
export function sourcesPlugin(name: string, marker: RegExp, edit: (code: string, id: string) => MagicString | undefined): Plugin;
export function cssLiterals(): Plugin;
export function emittedFiles(rootDir: string, outDir: string): Generator<string>;
export function sourcesPlugin(name: string, marker: string, edit: (code: string, id: string) => MagicString | undefined): Plugin;
export function rewriteEmitted(rootDir: string, outDir: string, edit: (code: string, file: string) => MagicString | undefined): number;
