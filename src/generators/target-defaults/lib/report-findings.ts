import { logger } from '@nx/devkit';
import { formatChange } from './format-change';
import type { Finding, NxJsonChange } from './target-defaults-types';

/** One line per change and per finding, then the summary line. */
export function reportFindings(
  changes: NxJsonChange[],
  findings: Finding[],
  check: boolean,
): void {
  for (const line of changes.flatMap((change) => formatChange(change, check)))
    logger.info(line);
  for (const finding of findings)
    logger.info(
      `[${finding.status}] ${finding.target}: ${finding.problem}. Fix: ${finding.fix}.`,
    );

  const count = (status: Finding['status']) =>
    findings.filter((finding) => finding.status === status).length;
  const summary =
    `target-defaults: ${changes.length} change(s) to nx.json ${check ? 'pending' : 'written'}, ` +
    `${count('fixed')} finding(s) fixed${check ? ' by running without --check' : ''}, ` +
    `${count('open')} open, ${count('kept')} kept as written.`;
  logger.info(summary);
}
