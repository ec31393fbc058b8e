// Types of scripts/build.mjs for the tests that bundle the CLI themselves.
export function generateValidator(): void;
export function bundle(outdir?: string, options?: { codeCache?: boolean }): Promise<void>;
export function writeCodeCache(outdir: string): void;
