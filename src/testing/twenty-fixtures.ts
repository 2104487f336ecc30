import { join } from 'node:path';

/**
 * The folder of Twenty's real configuration files (nx.json, project.json,
 * compose files, workflows), beside the repository; specs read them from
 * there rather than keeping copies.
 */
export const twentyFixtures = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'twenty',
);
