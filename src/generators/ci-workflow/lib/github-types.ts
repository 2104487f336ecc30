/** One step of a GitHub Actions job. */
export interface GithubStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  run?: string;
}

/** One GitHub Actions job. */
export interface GithubJob {
  name: string;
  'runs-on': string;
  'timeout-minutes': number;
  needs?: string[];
  if?: string;
  environment?: string;
  permissions: Record<string, string>;
  strategy?: Record<string, unknown>;
  services?: Record<string, unknown>;
  env?: Record<string, string>;
  steps: GithubStep[];
}
