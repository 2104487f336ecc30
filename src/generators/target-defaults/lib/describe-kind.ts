import type { TargetKind } from './target-defaults-types';

const descriptions: Record<TargetKind, string> = {
  'side-effect': 'a side-effect target',
  impure: 'a target that reads git state',
  'db-migrate': 'a db-migrate target',
  database: 'a target that works on the shared database',
  'integration-test': 'an integration-test target',
  build: 'a build target',
  test: 'a test target',
  lint: 'a lint target',
  typecheck: 'a typecheck target',
  unknown: 'a target of unknown kind',
};

/** The kind of target in words, for the report: "an integration-test target". */
export function describeKind(kind: TargetKind): string {
  return descriptions[kind];
}
