import type { CreateNodesResult } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildComposeTargets } from './build-compose-targets';
import { hashParts } from './hash-parts';
import type { ComposeReferences, ComposeSetup } from './inference-types';
import type { InferenceCache } from './open-inference-cache';
import type { NormalizedPluginOptions } from './plugin-options';
import { readComposeReferences } from './read-compose-references';

/** The targets of one compose setup, and the errors of its files. */
export interface ComposeOutcome {
  result: CreateNodesResult;
  /** The file whose entry carries `result`: the first one that parsed. */
  reportedBy?: string;
  errors: Map<string, unknown>;
}

export interface ComposeInferenceContext {
  workspaceRoot: string;
  options: NormalizedPluginOptions;
  cache: InferenceCache;
  projectName: string;
}

/**
 * Infers docker-up and docker-down for one compose setup, from the cache
 * when no file of the setup, the project's root and name or the options
 * changed.
 * A file that does not parse is reported on its own; the setup's targets
 * still come from the files that do.
 */
export function inferComposeSetup(
  setup: ComposeSetup,
  { workspaceRoot, options, cache, projectName }: ComposeInferenceContext,
): ComposeOutcome {
  const [firstFile] = setup.files;
  const texts = setup.files.map((file) =>
    readFileSync(join(workspaceRoot, file), 'utf8'),
  );
  const key = hashParts([
    'compose',
    setup.projectRoot,
    projectName,
    setup.label ?? '',
    ...setup.files,
    ...texts,
  ]);
  const cached = cache.get(firstFile, key);
  if (cached) {
    return { result: cached, reportedBy: firstFile, errors: new Map() };
  }

  const errors = new Map<string, unknown>();
  const references = setup.files.flatMap((file) => {
    try {
      return [readReferences(file, setup, workspaceRoot)];
    } catch (error) {
      errors.set(file, error);
      return [];
    }
  });
  const targets = buildComposeTargets(setup, references, projectName, options);
  const result = { projects: { [setup.projectRoot]: { targets } } };

  if (errors.size === 0) cache.set(firstFile, key, result);
  const reportedBy = setup.files.find((file) => !errors.has(file));
  return { result, reportedBy, errors };
}

function readReferences(
  file: string,
  setup: ComposeSetup,
  workspaceRoot: string,
): ComposeReferences {
  const { data } = loadComposeReader().readComposeFile(
    join(workspaceRoot, file),
    workspaceRoot,
  );
  return readComposeReferences(data, posix.dirname(setup.files[0]));
}

// Loaded on a cache miss only: the reader brings in js-yaml, whose
// start-up a warm `nx` command should not pay.
function loadComposeReader(): typeof import('../compose/read-compose-file') {
  return require('../compose/read-compose-file');
}
