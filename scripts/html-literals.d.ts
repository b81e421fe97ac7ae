import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function trimHtmlLiterals(code: string, filename: string): MagicString | undefined;
export function htmlLiterals(): Plugin;
