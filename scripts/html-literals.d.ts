import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function collapseHtmlLiterals(code: string, filename: string, options?: { keepLines?: boolean }): MagicString | undefined;
export function htmlLiterals(): Plugin;
