import { parse } from 'yaml';
import { DevopsError } from '../../../errors/devops-error';

/**
 * GitLab has no offline linter, so the written text is parsed back and
 * every job is checked to name a declared stage and to need only jobs that
 * exist.
 */
export function checkGitlabPipeline(text: string, path: string): void {
  const pipeline = parse(text) as Record<string, any>;
  const stages: string[] = pipeline.stages ?? [];
  const reserved = new Set(['workflow', 'stages', 'variables', 'default']);
  const jobs = Object.keys(pipeline).filter((key) => !reserved.has(key));

  for (const job of jobs) {
    const { stage, needs = [] } = pipeline[job];
    const missing = needs.filter((name: string) => !jobs.includes(name));
    if (stages.includes(stage) && !missing.length) continue;
    throw new DevopsError(
      `The GitLab pipeline the generator made has a job "${job}" with stage "${stage}" and needs [${needs.join(', ')}] that do not match its stages [${stages.join(', ')}] and jobs, so ${path} was not written.`,
      'Report a bug with the options you passed.',
    );
  }
}
