import type {
  ComposeSetup,
  PlannedMigrations,
} from '../../../plugin/inference-types';

/**
 * When exactly one project has compose files, as in Twenty (only
 * twenty-docker), a project with migrations and no compose file of its
 * own surely gets its database from there: the plugin's `servicesFrom`.
 * It points at that project's `dev` compose file when there is one (Twenty
 * develops against docker-compose.dev.yml, not its production
 * docker-compose.yml), else at the project. With several candidate
 * projects it guesses nothing.
 */
export function guessServicesFrom(
  setups: ComposeSetup[],
  migrations: PlannedMigrations[],
): Record<string, string> {
  const owners = new Set(setups.map((setup) => setup.projectRoot));
  if (owners.size !== 1) return {};

  const [owner] = owners;
  const dev = setups.find((setup) => setup.label === 'dev');
  const source = dev ? dev.files[0] : owner;
  const consumers = migrations
    .map((found) => found.projectRoot)
    .filter((root) => root !== owner);
  return Object.fromEntries(
    [...new Set(consumers)].sort().map((root) => [root, source]),
  );
}
