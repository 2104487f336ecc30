import { Document, isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { CiPlan } from './ci-plan';
import { GENERATED_MARKER } from './generated-marker';
import { listCiSecrets } from './list-ci-secrets';
import { listServices } from './list-services';

/**
 * The GitLab pipeline as YAML text, under the marker line, with comments
 * saying which CI/CD variables the project must define and how the tests
 * reach the services.
 */
export function renderGitlabYaml(
  pipeline: Record<string, unknown>,
  plan: CiPlan,
): string {
  const document = new Document(pipeline, { aliasDuplicateObjects: false });
  document.commentBefore = ` ${GENERATED_MARKER}`;
  const root = document.contents as YAMLMap;

  const secrets = listCiSecrets(plan);
  const variables = findPair(root, 'variables');
  if (secrets.length && variables)
    setComment(
      variables,
      [
        ' Define these as masked CI/CD variables of the project (Settings >',
        ' CI/CD > Variables); Nx reads them from the environment:',
        ...secrets.map((name) => `   ${name}`),
      ].join('\n'),
    );

  const integration = findPair(root, 'integration')?.value;
  const services = isMap(integration) && findPair(integration, 'services');
  if (services) {
    const aliases = listServices(plan).map((service) => service.name);
    setComment(
      services,
      ` On the Docker executor a service is reached at its alias (${aliases.join(', ')})\n as the host name, not at localhost: point the tests' URLs at it.`,
    );
  }
  return document.toString({ lineWidth: 0 });
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find(
    (pair) => isScalar(pair.key) && pair.key.value === key,
  ) as Pair | undefined;
}

function setComment(pair: Pair, comment: string): void {
  if (isScalar(pair.key)) pair.key.commentBefore = comment;
}
