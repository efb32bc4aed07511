/** First lines of every file the generator writes. */
export const generatedHeader = (source: string): string =>
  `// generated — do not edit. Made by \`pnpm --filter @vbs/client generate\` from ${source}.\n`;
