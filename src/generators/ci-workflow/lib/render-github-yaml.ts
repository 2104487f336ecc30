import { Document, isPair, isScalar, visit } from 'yaml';
import type { CiPlan } from './ci-plan';
import { GENERATED_MARKER } from './generated-marker';
import { pinAction } from './pin-action';

const comments: Record<string, string> = {
  concurrency:
    ' A pull request cancels its own superseded runs; a run on the main\n branch gets a group of its own (its run id), so none is ever cancelled.',
  NX_CACHE_DIRECTORY:
    ' Set explicitly: Nx 23.2+ keeps its cache in the home folder unless told,\n where the actions/cache steps below would not find it.',
  'nrwl/nx-set-shas':
    ' With no successful run of this workflow on the main branch yet,\n nx-set-shas falls back to HEAD~1 as the base; the next step says so.',
};

/**
 * The workflow as YAML text, with the marker line, comments on the parts
 * whose reason is not obvious, and actions pinned to commit SHAs when
 * asked (the version stays in a comment).
 */
export function renderGithubYaml(
  workflow: Record<string, unknown>,
  plan: CiPlan,
): string {
  const document = new Document(workflow, { aliasDuplicateObjects: false });
  document.commentBefore = ` ${GENERATED_MARKER}`;

  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (comments[key]) pair.key.commentBefore = comments[key];
      if (key !== 'uses' || !isScalar(pair.value)) return;

      const uses = String(pair.value.value);
      if (uses.startsWith('nrwl/nx-set-shas@'))
        pair.key.commentBefore = comments['nrwl/nx-set-shas'];
      if (plan.pinActions) {
        const pinned = pinAction(uses, plan.actionShas);
        pair.value.value = pinned.uses;
        pair.value.comment = ` ${pinned.version}`;
      }
    },
  });
  return document.toString({ lineWidth: 0 });
}
