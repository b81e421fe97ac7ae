import type { Browser as PlaywrightBrowser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

export const CHROMIUM_ARGS: readonly string[];
export const TIME_ZONE: string;
export function chromiumOptions(extraArgs?: string[]): { executablePath: string; args: string[] };
export function firefoxOptions(): { browser: 'firefox'; executablePath: string; headless: true; env: NodeJS.ProcessEnv };
export function launchChromium(extraArgs?: string[]): Promise<PlaywrightBrowser>;
export function launchFirefox(): Promise<PuppeteerBrowser>;
