import type { ExecutorContext } from '@nx/devkit';

/** The root of the project a task runs for, `.` for the workspace root. */
export function readProjectRoot(context: ExecutorContext): string {
  const projects = context.projectsConfigurations?.projects ?? {};
  return (context.projectName && projects[context.projectName]?.root) || '.';
}
