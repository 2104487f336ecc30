/** The package managers the generator installs with. */
export type PackageManagerName = 'npm' | 'yarn' | 'yarn-berry' | 'pnpm' | 'bun';

/** What the tree says about the workspace's package manager. */
export interface PackageManager {
  name: PackageManagerName;
  /** The lockfile CI installs from and keys its cache on. */
  lockfile: string;
  /** The version from the `packageManager` field, when there is one. */
  version?: string;
}

/** One compose service, as a CI service container needs it. */
export interface ComposeService {
  name: string;
  image: string;
  /** `host:container` pairs, with compose's `${VAR:-default}` resolved. */
  ports: string[];
  environment: Record<string, string>;
  /** `docker run` health flags taken from the compose healthcheck. */
  healthOptions: string[];
  /** Bind mounts the service uses, which CI service containers cannot take. */
  bindMounts: string[];
  /** The compose `command`, which CI service containers cannot override. */
  command?: unknown;
}

/** One target of one project, as in `nx run <project>:<target>`. */
export interface TaskRef {
  project: string;
  target: string;
}

/** A target whose task graph starts compose services. */
export interface ServiceTarget extends TaskRef {
  composeFiles: string[];
  services: ComposeService[];
  /** The db-migrate tasks its `dependsOn` reaches, directly or not. */
  migrations: TaskRef[];
}

/** Everything the provider writers need, read from the tree and options. */
export interface CiPlan {
  provider: 'github' | 'gitlab';
  name: string;
  filePath: string;
  mainBranch: string;
  nodeVersion: string;
  nodeVersionSource: string;
  packageManager: PackageManager;
  /** Targets run on every affected project by the checks job. */
  checkTargets: string[];
  /** Run on the main branch only. */
  e2eTarget?: string;
  /** Targets that need services, run by the integration job. */
  integration: ServiceTarget[];
  serviceContainers: boolean;
  shards: number;
  nxCloud: boolean;
  nxCloudDistribution: string;
  remoteCache: 'none' | 'nx-cloud' | 'self-hosted';
  remoteCacheUrl?: string;
  deployTarget?: string;
  timeoutMinutes: number;
  runsOn: string;
  pinActions: boolean;
  actionShas: Record<string, string>;
  /** The folder NX_CACHE_DIRECTORY points at, relative to the workspace. */
  nxCacheDirectory: string;
  force: boolean;
}
