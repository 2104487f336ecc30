import { findEnvFilesRead } from './find-env-files-read';
import { isFileInInputs } from './is-file-in-inputs';
import type {
  Finding,
  WorkspaceTarget,
  WorkspaceView,
} from './target-defaults-types';

/**
 * Cached targets that read a dotenv file missing from their inputs: a
 * changed variable would come back as a stale cache hit.
 */
export function findUnlistedEnvFiles(view: WorkspaceView): Finding[] {
  return view.targets
    .filter((target) => target.effective.cache === true)
    .flatMap((target) =>
      findEnvFilesRead(target)
        .filter((file) => !isWrittenBy(file, target))
        .filter((file) => !isFileInInputs(file, target, view.namedInputs))
        .map((file) => ({
          target: `${target.project}:${target.name}`,
          problem: `reads ${file}, which is not among its inputs, so changing it leaves a stale cache hit`,
          fix: `add "${file.startsWith(`${target.projectRoot}/`) ? `{projectRoot}/${file.slice(target.projectRoot.length + 1)}` : `{workspaceRoot}/${file}`}" to its inputs, after any named input that excludes .env files`,
          status: 'open' as const,
        })),
    );
}

/** `cp .env.example .env` names .env too, but as what it writes. */
function isWrittenBy(file: string, target: WorkspaceTarget): boolean {
  return (target.effective.outputs ?? []).some(
    (output) =>
      output
        .replace('{projectRoot}', target.projectRoot)
        .replace('{workspaceRoot}/', '') === file,
  );
}
