export type Browser = 'chromium' | 'firefox';

export function browserPath(browser: Browser, env?: NodeJS.ProcessEnv): string;
export function wantedBrowsers(env?: NodeJS.ProcessEnv): Browser[];
export function missingBrowsers(
  needed: Browser[],
  options?: { optional?: Browser[]; env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean },
): string | undefined;
export function checkedWantedBrowsers(): Browser[];
