import { formatFiles, type Tree } from '@nx/devkit';
import { DevopsError } from '../../errors/devops-error';
import type { CiWorkflowGeneratorOptions } from './schema';
import { addSharedGlobal } from './lib/add-shared-global';
import { buildGithubWorkflow } from './lib/build-github-workflow';
import { buildGitlabPipeline } from './lib/build-gitlab-pipeline';
import type { CiPlan } from './lib/ci-plan';
import { checkGitlabPipeline } from './lib/check-gitlab-pipeline';
import { lintGithubWorkflow } from './lib/lint-github-workflow';
import { normalizeOptions } from './lib/normalize-options';
import { renderGithubYaml } from './lib/render-github-yaml';
import { renderGitlabYaml } from './lib/render-gitlab-yaml';
import { reportPlan } from './lib/report-plan';
import { warnAboutLocalPackages } from './lib/warn-about-local-packages';
import { writeGeneratedFile } from './lib/write-generated-file';

/**
 * Writes the CI pipeline of this workspace, from what the tree says about
 * it: package manager, Node version, main branch, targets, and the
 * projects whose targets need compose services. The text is validated
 * before it is written, and running it again with the same options
 * changes nothing.
 */
export async function ciWorkflowGenerator(
  tree: Tree,
  options: CiWorkflowGeneratorOptions,
): Promise<void> {
  try {
    const plan = normalizeOptions(tree, options);
    const text = await renderPipeline(plan);

    const written = writeGeneratedFile(tree, plan.filePath, text, plan.force);
    addSharedGlobal(tree, plan.filePath);
    reportPlan(plan, written);
    warnAboutLocalPackages(tree);
  } catch (error) {
    throw withHint(error);
  }

  if (!options.skipFormat) await formatFiles(tree);
}

export default ciWorkflowGenerator;

// `nx g` prints only the message of an error a generator throws, so the
// hint (what to do next) joins it on a line of its own.
function withHint(error: unknown): unknown {
  if (!(error instanceof DevopsError)) return error;
  return new DevopsError(`${error.message}\n${error.hint}`, error.hint);
}

async function renderPipeline(plan: CiPlan): Promise<string> {
  if (plan.provider === 'gitlab') {
    const text = renderGitlabYaml(buildGitlabPipeline(plan), plan);
    checkGitlabPipeline(text, plan.filePath);
    return text;
  }
  const text = renderGithubYaml(buildGithubWorkflow(plan), plan);
  await lintGithubWorkflow(text, plan.filePath);
  return text;
}
