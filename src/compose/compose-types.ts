/** The compose command line found on this machine. */
export interface ComposeCli {
  /** 2 for `docker compose` and the Go `docker-compose`; 1 for Python's. */
  version: 1 | 2;
  command: string;
  baseArgs: string[];
  versionText: string;
}

/** A compose file as the user wrote it, parsed. */
export interface ComposeFile {
  path: string;
  text: string;
  data: Record<string, unknown>;
}

/** What every compose command of one project is called with. */
export interface ComposeProject {
  cli: ComposeCli;
  name: string;
  /** The files handed to compose, which may be copies made for Compose v1. */
  files: string[];
  projectDirectory: string;
  envFiles: string[];
  profiles: string[];
}

/** One service of the configuration that compose resolved. */
export interface ResolvedService {
  image?: string;
  ports?: unknown[];
  profiles?: string[];
  depends_on?: string[] | Record<string, unknown>;
  healthcheck?: unknown;
}

/** One container of a compose project, as `docker inspect` reports it. */
export interface ContainerState {
  id: string;
  name: string;
  service: string;
  status: string;
  exitCode: number;
  health?: string;
  restartCount: number;
  /** Host ports it publishes, as `5432/tcp` → `0.0.0.0:5432`. */
  hostPorts: Record<string, string[]>;
}
