// The show-backup call: attempts, retries with backoff, and the caller's signal.
import { abortedError, sendAttempt } from './attempt.js';
import { redactor, resolveToken } from './auth.js';
import { backupOf, httpError, type BackupWithMeta } from './answers.js';
import { invalidArgument } from './errors.js';
import { showBackupPath } from './ids.js';
import type { ResolvedOptions } from './options.js';
import { isRetryableStatus, parseRetryAfter, retryDelayMs, sleep } from './retry.js';

export interface BackupIds {
  projectId: string;
  backupId: string;
}

export interface GetBackupOptions {
  /** Aborts the call at once, retries and waits included (`aborted`). */
  signal?: AbortSignal;
}

export async function getBackupWithMeta(
  options: ResolvedOptions,
  ids: BackupIds,
  { signal }: GetBackupOptions = {},
): Promise<BackupWithMeta> {
  if (typeof ids !== 'object' || ids === null) throw invalidArgument('expected { projectId, backupId }');
  const url = options.baseUrl + showBackupPath(ids.projectId, ids.backupId);
  // The caller's abort reason is theirs, but may quote the token too: redact with the latest one.
  let redact = redactor(typeof options.token === 'string' ? options.token : '');
  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw abortedError(attempt - 1, signal.reason, redact);
    const pending = resolveToken(options.token, attempt - 1);
    const token = typeof pending === 'string' ? pending : await pending;
    redact = redactor(token);
    const outcome = await sendAttempt(options, url, token, attempt, signal);
    if ('answer' in outcome && outcome.answer.status >= 200 && outcome.answer.status < 300) {
      return backupOf(outcome.answer, attempt, options.validateResponses);
    }
    const error = 'answer' in outcome ? httpError(outcome.answer, attempt) : outcome.failure;
    const retryable = 'answer' in outcome ? isRetryableStatus(outcome.answer.status) : true;
    if (!retryable || attempt >= options.retry.attempts) throw error;
    const retryAfterMs = 'answer' in outcome ? parseRetryAfter(outcome.answer.headers.get('retry-after')) : undefined;
    try {
      await sleep(retryDelayMs(attempt, options.retry, retryAfterMs), signal);
    } catch (reason) {
      throw abortedError(attempt, reason, redact);
    }
  }
}
