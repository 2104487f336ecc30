import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the last successful docker-up of a compose project left: the key of
 * its configuration and its containers. It lets a repeated docker-up check
 * the containers with one `docker inspect` instead of running compose.
 * It lives in Nx's workspace data folder, so `nx reset` clears it.
 */
export interface ComposeState {
  configKey: string;
  containerIds: Record<string, string[]>;
  /** One-shot services that had exited 0; every other one must be running. */
  doneServices: string[];
}

export class ComposeStateStore {
  private readonly folder: string;

  constructor(workspaceRoot: string) {
    const dataFolder =
      process.env.NX_WORKSPACE_DATA_DIRECTORY ??
      join(workspaceRoot, '.nx', 'workspace-data');
    this.folder = join(dataFolder, 'twenty-devops', 'compose');
  }

  read(projectName: string): ComposeState | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(projectName), 'utf8'));
    } catch {
      return undefined;
    }
  }

  write(projectName: string, state: ComposeState): void {
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(this.pathOf(projectName), JSON.stringify(state));
  }

  remove(projectName: string): void {
    rmSync(this.pathOf(projectName), { force: true });
  }

  private pathOf(projectName: string): string {
    return join(this.folder, `${projectName}.json`);
  }
}
