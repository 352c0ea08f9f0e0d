import type { z } from 'zod';

import { formatValidationIssues } from '../common/api/format_validation_issues';
import type { OpenedSource, SourceSpec } from '../standalone/open_analysis_source';
import { openAnalysisSource } from '../standalone/open_analysis_source';
import { UsageError } from './cli_errors';
import { createLoadProgress, createProgress, status } from './progress';

/** A request body through the route's own schema: the CLI asks exactly what the routes accept. */
export function parseRequest<Schema extends z.ZodType>(schema: Schema, body: unknown, root = 'request'): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new UsageError(formatValidationIssues(parsed.error.issues, body, root));
  return parsed.data;
}

/**
 * Opens the source (a progress bar while files load), runs `work` with a signal that Ctrl-C aborts, says on stderr how many bad lines were
 * skipped, and always closes the source.
 */
export async function runWithSource<T>(spec: SourceSpec, work: (opened: OpenedSource, signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    // A line per file loaded only for people watching: scripts reading stderr see nothing on success.
    const loading = createLoadProgress(createProgress(), process.stderr.isTTY ? status : () => undefined);
    const opened = await openAnalysisSource(spec, { ...loading, signal: controller.signal }).finally(() => loading.stop());
    try {
      const result = await work(opened, controller.signal);
      const report = opened.loadReport();
      if (report.skippedLineCount > 0) {
        status(`skipped ${report.skippedLineCount} bad line(s):`);
        for (const bad of report.skippedLines) status(`  ${bad.file}:${bad.line}: ${bad.reason}`);
      }
      return result;
    } finally {
      await opened.close();
    }
  } finally {
    process.removeListener('SIGINT', abort);
  }
}
