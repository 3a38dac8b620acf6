import type { Formatter } from './types.js';

/**
 * ESLint's JSON shape (design.md, "CLI"): one array, a result per file. The keys are listed,
 * not copied, so the source text and the fixed output (or any field added later) stay out.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(
      ({
        filePath,
        errorCount,
        warningCount,
        fixableErrorCount,
        fixableWarningCount,
        messages,
      }) => ({
        filePath,
        errorCount,
        warningCount,
        fixableErrorCount,
        fixableWarningCount,
        messages,
      }),
    ),
  );
