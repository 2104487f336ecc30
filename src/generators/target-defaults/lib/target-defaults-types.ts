import type { TargetConfiguration } from '@nx/devkit';

/** One target of one project, as the project graph and project.json see it. */
export interface WorkspaceTarget {
  project: string;
  projectRoot: string;
  name: string;
  /** The target as Nx runs it: inferred, target defaults and project merged. */
  effective: TargetConfiguration;
  /** The target as project.json or package.json writes it, when it does. */
  declared?: TargetConfiguration;
  /** Names of the projects this project depends on. */
  dependencies: string[];
}

/** What the project graph and nx.json say, read once. */
export interface WorkspaceView {
  targets: WorkspaceTarget[];
  projectNames: Set<string>;
  /** Target names that at least one project has. */
  targetNames: Set<string>;
  namedInputs: Record<string, unknown[]>;
  targetDefaults: Record<string, unknown>;
  /** Root files that every task should hash, when they exist. */
  sharedGlobalFiles: string[];
  /** Whether a path exists in the workspace. */
  exists: (path: string) => boolean;
  /** A workspace file's text, or undefined. */
  read: (path: string) => string | undefined;
}

/** The kinds of target the generator proposes defaults for. */
export type TargetKind =
  | 'side-effect'
  /** Reads git state (the diff with main, staged files): never cached. */
  | 'impure'
  | 'db-migrate'
  /** Works on the shared database (database:reset, command): one at a time. */
  | 'database'
  | 'integration-test'
  | 'build'
  | 'test'
  | 'lint'
  | 'typecheck'
  | 'unknown';

/** The fields of a target default this generator writes. */
export type DefaultField =
  'cache' | 'inputs' | 'outputs' | 'dependsOn' | 'parallelism';

export type ProposedDefault = Partial<Record<DefaultField, unknown>>;

/** One value to write into nx.json. */
export interface NxJsonChange {
  /** The JSON path, such as ['targetDefaults', 'build', 'cache']. */
  path: (string | number)[];
  value: unknown;
  /** Insert into an array at the last index of the path instead of setting. */
  insert?: boolean;
  /** Why, in a few words, for the report. */
  reason: string;
}

/**
 * A problem found, or a difference from the proposal. `fixed`: this run
 * writes the fix; `open`: still wrong after this run; `kept`: the user's
 * value differs from the proposal and is kept (not a failure).
 */
export interface Finding {
  target: string;
  problem: string;
  fix: string;
  status: 'fixed' | 'open' | 'kept';
}
